import "server-only";
import type { AuditActor } from "../audit/record";
import { insertAudit } from "../audit/record";
import type { Db } from "../db";
import type { ClaimedRow, RowLease } from "./claim-rows";
import { iso, jobAuditId } from "./job-ids";

/** Who pauses a job whose starter may no longer act: the job engine itself, on the job's trail. */
export const JOB_ENGINE_ACTOR: AuditActor = { id: "roomdesk:bulk-worker", role: "system" };

/**
 * Who a job's rows are sent as: the admin who started it, read for every row, never cached. A ban, a
 * role change or a deleted account takes effect at the next row (docs/security.md, requirement 11: revocation is
 * immediate); null then.
 */
export async function jobStarter(db: Db, jobId: string): Promise<AuditActor | null> {
  const row = await db.kysely
    .selectFrom("bulk_jobs as j")
    .leftJoin("user as u", "u.id", "j.created_by")
    .select(["j.created_by", "u.role", "u.banned"])
    .where("j.job_id", "=", jobId)
    .executeTakeFirst();
  if (!row || row.role !== "admin" || row.banned) return null;
  return { id: row.created_by, role: "admin" };
}

/**
 * A row claimed for a job whose starter may no longer act goes back unsent, and the job is paused with
 * the job engine as its actor, so nothing more is sent in that person's name and an admin sees why.
 */
export async function pauseForRevokedStarter(db: Db, lease: RowLease, row: ClaimedRow): Promise<void> {
  const at = iso(lease.now());
  await db.kysely.transaction().execute(async (tx) => {
    await tx
      .updateTable("bulk_job_rows")
      .set((eb) => ({
        status: "queued",
        lease_owner: null,
        lease_until: null,
        attempts: eb("attempts", "-", 1),
      }))
      .where("job_id", "=", row.job_id)
      .where("row_number", "=", row.row_number)
      .where("lease_owner", "=", lease.owner)
      .where("status", "=", "running")
      .execute();
    const paused = await tx
      .updateTable("bulk_jobs")
      .set({ status: "paused", updated_at: at })
      .where("job_id", "=", row.job_id)
      .where("status", "=", "running")
      .executeTakeFirst();
    if (Number(paused.numUpdatedRows) !== 1) return;
    await insertAudit(tx, db.dialect, {
      actor: JOB_ENGINE_ACTOR,
      action: "bulk.pause",
      resource: { intentId: jobAuditId(row.job_id) },
      outcome: "ok",
      details: { error: "starter-revoked" },
      occurredAt: new Date(lease.now()),
    });
  });
}
