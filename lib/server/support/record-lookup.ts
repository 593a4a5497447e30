import "server-only";
import type { Actor } from "../auth/guard";
import { recordAudit } from "../audit/record";
import type { Db } from "../db";

export type SupportAuditAction = "support.lookup" | "support.view" | "support.export";

/**
 * Reading the trail is itself written to the trail (SECURITY 17). It is awaited before any row is
 * returned: a lookup that cannot be recorded is refused rather than served unrecorded.
 */
export function recordSupportAudit(db: Db, actor: Actor, action: SupportAuditAction, query: unknown) {
  return recordAudit(db, {
    actor_id: actor.id,
    actor_role: actor.role,
    action,
    command: null,
    room_id: null,
    intent_id: null,
    attempt: null,
    request_id: null,
    error_code: null,
    error_info: null,
    outcome: "ok",
    http_status: null,
    latency_ms: null,
    requestBody: query,
  });
}
