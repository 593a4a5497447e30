import "server-only";
import type { Actor } from "../auth/guard";
import type { AuditAction } from "@/lib/audit/actions";
import { recordAudit } from "../audit/record";
import type { Db } from "../db";

export type SupportAuditAction = Extract<AuditAction, `support.${string}`>;

/**
 * Reading the trail is itself written to the trail (docs/security.md 17). It is awaited before any row is
 * returned: a lookup that cannot be recorded is refused rather than served unrecorded.
 */
export function recordSupportAudit(db: Db, actor: Actor, action: SupportAuditAction, query: unknown) {
  return recordAudit(db, { actor, action, outcome: "ok", details: { request: query } });
}
