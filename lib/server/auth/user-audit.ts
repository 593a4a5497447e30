import "server-only";
import { recordAudit } from "../audit/record";
import type { Db } from "../db";
import type { Actor } from "./guard";

/** One audit row for an account change: the state before, the state after, or the reason it failed. */
export async function audit(
  db: Db,
  actor: Actor,
  action: string,
  before: unknown,
  after: unknown,
  error?: string,
) {
  await recordAudit(db, {
    actor_id: actor.id,
    actor_role: actor.role,
    action,
    command: null,
    room_id: null,
    intent_id: null,
    attempt: null,
    request_id: null,
    error_code: null,
    error_info: error ?? null,
    outcome: error ? "failed" : "ok",
    http_status: null,
    latency_ms: null,
    requestBody: before,
    responseBody: after,
  });
}

/** What the audit keeps of a user: never the password or its hash. */
export const view = (u: { id: string; email: string; role: string | null; banned: unknown }) => ({
  userId: u.id,
  email: u.email,
  role: u.role,
  disabled: Boolean(u.banned),
});
