import type { ActorView } from "@/lib/audit/actor";

/** What the support routes return to the browser (plain JSON; redacted at write time). */

export const OUTCOMES = ["ok", "failed", "unknown", "refused", "pending", "interrupted"] as const;
export type Outcome = (typeof OUTCOMES)[number];

export interface SupportCall {
  id: number;
  /** ISO-8601 UTC ending in Z. */
  occurredAt: string;
  actorId: string;
  /** The account behind actorId, read when the page is (an account renamed since shows its new name). */
  actor: ActorView;
  actorRole: string;
  action: string;
  command: string | null;
  roomId: string | null;
  intentId: string | null;
  attempt: number | null;
  requestId: string | null;
  errorCode: number | null;
  errorInfo: string | null;
  outcome: Outcome;
  httpStatus: number | null;
  latencyMs: number | null;
}

export interface SupportPage {
  items: SupportCall[];
  nextCursor: string | null;
}

export interface SupportCallDetail {
  call: SupportCall;
  requestBody: string | null;
  responseBody: string | null;
  /** Every attempt of the same intent, oldest first. */
  attempts: SupportCall[];
  /** Other calls for the same room, newest first (capped). */
  roomCalls: SupportCall[];
  /** Enough to quote in a Tencent ticket; never a credential. */
  app: { sdkAppId: number; region: string };
}
