import "server-only";
import type { Selectable } from "kysely";
import type { AuditLogTable } from "../db/schema";
import type { SupportCall } from "@/lib/support/types";

export const CALL_COLUMNS = [
  "id",
  "occurred_at",
  "actor_id",
  "actor_role",
  "action",
  "command",
  "room_id",
  "intent_id",
  "attempt",
  "request_id",
  "error_code",
  "error_info",
  "outcome",
  "http_status",
  "latency_ms",
] as const;

export type CallRow = Pick<Selectable<AuditLogTable>, (typeof CALL_COLUMNS)[number]>;

const num = (v: number | null) => (v === null ? null : Number(v));

export type StoredCall = Omit<SupportCall, "actor">;

export function toCall(r: CallRow): StoredCall {
  return {
    id: Number(r.id),
    occurredAt: r.occurred_at,
    actorId: r.actor_id,
    actorRole: r.actor_role,
    action: r.action,
    command: r.command,
    roomId: r.room_id,
    intentId: r.intent_id,
    attempt: num(r.attempt),
    requestId: r.request_id,
    errorCode: num(r.error_code),
    errorInfo: r.error_info,
    outcome: r.outcome,
    httpStatus: num(r.http_status),
    latencyMs: num(r.latency_ms),
  };
}
