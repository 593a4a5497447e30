import "server-only";
import type { AuditActor } from "../audit/record";
import { insertAudit } from "../audit/record";
import type { Db } from "../db";
import type { BulkJobStatus } from "../db/schema";
import { iso, jobAuditId } from "./job-ids";
import { finishJobIfDone } from "./run-row";

export type JobControl = "pause" | "resume" | "cancel";

/** What a control did; `not-allowed` names the state that refused it (e.g. resume of a finished job). */
export type JobControlOutcome =
  | { kind: "done"; state: BulkJobStatus }
  | { kind: "not-found" }
  | { kind: "not-allowed"; state: BulkJobStatus };

const TRANSITIONS: Record<JobControl, { from: BulkJobStatus[]; to: BulkJobStatus }> = {
  pause: { from: ["running"], to: "paused" },
  resume: { from: ["paused"], to: "running" },
  cancel: { from: ["running", "paused"], to: "cancelled" },
};

/**
 * Pause, resume or cancel, each an audited job event with its actor, in the transaction that changes the
 * job. A pause stops new claims (rows already sent finish, since their call may be in Tencent's hands); a
 * cancel also ends every waiting row as cancelled. A resumed job's rows are claimed by any instance.
 */
export async function controlBulkJob(
  db: Db,
  actor: AuditActor,
  jobId: string,
  control: JobControl,
  now: () => number,
): Promise<JobControlOutcome> {
  const { from, to } = TRANSITIONS[control];
  const at = iso(now());
  return db.kysely.transaction().execute(async (tx) => {
    const changed = await tx
      .updateTable("bulk_jobs")
      .set({ status: to, updated_at: at, ...(to === "cancelled" ? { finished_at: at } : {}) })
      .where("job_id", "=", jobId)
      .where("status", "in", from)
      .executeTakeFirst();
    if (Number(changed.numUpdatedRows) !== 1) {
      const job = await tx
        .selectFrom("bulk_jobs")
        .select("status")
        .where("job_id", "=", jobId)
        .executeTakeFirst();
      return job ? { kind: "not-allowed", state: job.status } : { kind: "not-found" };
    }
    if (to === "cancelled") {
      await tx
        .updateTable("bulk_job_rows")
        .set({ status: "cancelled", finished_at: at })
        .where("job_id", "=", jobId)
        .where("status", "=", "queued")
        .execute();
    }
    await insertAudit(tx, db.dialect, {
      actor,
      action: `bulk.${control}`,
      resource: { intentId: jobAuditId(jobId) },
      outcome: "ok",
      occurredAt: new Date(now()),
    });
    // The rows in flight at the pause may all have ended during it: then nothing is left to claim, and no
    // row's end would finish the job.
    if (to === "running" && (await finishJobIfDone(tx, jobId, now)))
      return { kind: "done", state: "finished" };
    return { kind: "done", state: to };
  });
}
