import type { Generated } from "kysely";

/** One row per upstream attempt and per security event. Append-only (triggers refuse UPDATE/DELETE). */
export interface AuditLogTable {
  id: Generated<number>;
  /** ISO-8601 UTC with milliseconds, ending in Z: sorts as text on both engines. */
  occurred_at: string;
  actor_id: string;
  actor_role: string;
  /** Dotted `noun.verb`, e.g. `room.create`, `room.verify`. */
  action: string;
  /** TRTC command (`create_room`), null for events that made no upstream call. */
  command: string | null;
  room_id: string | null;
  /** Groups the attempts made for one user intent (retries, verification). */
  intent_id: string | null;
  attempt: number | null;
  request_id: string | null;
  error_code: number | null;
  error_info: string | null;
  outcome: "ok" | "failed" | "unknown" | "refused";
  http_status: number | null;
  latency_ms: number | null;
}

/** Redacted bodies, kept apart so lookups over the summary rows stay narrow. */
export interface AuditPayloadTable {
  audit_id: number;
  request_body: string | null;
  response_body: string | null;
}

export interface Database {
  audit_log: AuditLogTable;
  audit_payload: AuditPayloadTable;
}
