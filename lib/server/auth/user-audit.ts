import "server-only";
import type { AuditAction } from "@/lib/audit/actions";
import { recordAudit } from "../audit/record";
import type { Db } from "../db";
import type { Actor } from "./guard";

export type UserAuditAction = Extract<AuditAction, `user.${string}`>;

/** One audit row for an account change: the state before, the state after, or the reason it failed. */
export async function audit(
  db: Db,
  actor: Actor,
  action: UserAuditAction,
  before: unknown,
  after: unknown,
  error?: string,
) {
  await recordAudit(db, {
    actor,
    action,
    outcome: error ? "failed" : "ok",
    details: { request: before, response: after, error: error ?? null },
  });
}

/** What the audit keeps of a user: never the password or its hash. */
export const view = (u: { id: string; email: string; role: string | null; banned: unknown }) => ({
  userId: u.id,
  email: u.email,
  role: u.role,
  disabled: Boolean(u.banned),
});
