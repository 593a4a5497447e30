import "server-only";
import type { StartBulkJobRequest } from "@/lib/bulk/job-request";
import { bulkIntentId } from "@/lib/bulk/job-request";
import type { AuditActor } from "../audit/record";
import { insertAudit } from "../audit/record";
import type { Db } from "../db";
import { iso, jobAuditId } from "./job-ids";

/** Rows per insert: 11 values a row stays far below SQLite's 32,766 bound parameters per statement. */
const INSERT_CHUNK = 500;

/**
 * Stores the job, its rows (each queued, with its derived intent id) and the `bulk.start` event in one
 * transaction: a job exists with all its rows and its trail, or not at all. The worker of any instance
 * then picks its rows up. The request has passed the start schema (lib/bulk/job-request.ts).
 */
export async function createBulkJob(
  db: Db,
  actor: AuditActor,
  request: StartBulkJobRequest,
  now: () => number,
): Promise<string> {
  const jobId = crypto.randomUUID();
  const at = iso(now());
  await db.kysely.transaction().execute(async (tx) => {
    await tx
      .insertInto("bulk_jobs")
      .values({
        job_id: jobId,
        status: "running",
        created_at: at,
        updated_at: at,
        finished_at: null,
        created_by: actor.id,
        created_by_role: actor.role,
        file_name: request.source.fileName,
        encoding: request.source.encoding,
        total_rows: request.rows.length,
      })
      .execute();
    for (let i = 0; i < request.rows.length; i += INSERT_CHUNK) {
      const chunk = request.rows.slice(i, i + INSERT_CHUNK).map(({ row, values }) => ({
        job_id: jobId,
        row_number: row,
        intent_id: bulkIntentId(jobId, row),
        room_id: values.roomId,
        room_name: values.roomName || values.roomId,
        status: "queued" as const,
        values_json: JSON.stringify(values),
        lease_owner: null,
        lease_until: null,
        request_id: null,
        error_kind: null,
        outcome: null,
        finished_at: null,
      }));
      await tx.insertInto("bulk_job_rows").values(chunk).execute();
    }
    await insertAudit(tx, db.dialect, {
      actor,
      action: "bulk.start",
      resource: { intentId: jobAuditId(jobId) },
      outcome: "ok",
      details: { request: { source: request.source, rows: request.rows.length } },
      occurredAt: new Date(now()),
    });
  });
  return jobId;
}
