import "server-only";
import type { Kysely } from "kysely";
import type { StartBulkJobRequest } from "@/lib/bulk/job-request";
import { bulkIntentId } from "@/lib/bulk/job-request";
import type { JobSourceKind } from "@/lib/bulk/job-types";
import type { ScheduleMeetingValues } from "@/lib/schemas/meeting";
import type { AuditActor } from "../audit/record";
import { insertAudit } from "../audit/record";
import type { Db } from "../db";
import type { Dialect } from "../db/dialect";
import type { Database } from "../db/schema";
import { iso, jobAuditId } from "./job-ids";

/** Rows per insert: 11 values a row stays far below SQLite's 32,766 bound parameters per statement. */
const INSERT_CHUNK = 500;

/** What a job is made from: a sheet's rows, or a series' occurrences. */
export interface BulkJobSource {
  /** The sheet's file name, or the series' name. */
  fileName: string;
  encoding: JobSourceKind;
}

/**
 * One room to make. `startAt` (epoch seconds) is the instant chosen for a wall time that happens twice, which
 * the form's values alone cannot name; the row starts there instead of at its values' date and time.
 */
export interface BulkJobRowInput {
  row: number;
  values: ScheduleMeetingValues;
  startAt?: number;
}

/**
 * Stores the job, its rows (each queued, with its derived intent id) and the `bulk.start` event inside the
 * caller's transaction: a job exists with all its rows and its trail, or not at all. The worker of any
 * instance then picks its rows up.
 */
export async function insertBulkJob(
  tx: Kysely<Database>,
  dialect: Dialect,
  actor: AuditActor,
  job: { source: BulkJobSource; rows: BulkJobRowInput[] },
  now: () => number,
): Promise<string> {
  const jobId = crypto.randomUUID();
  const at = iso(now());
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
      file_name: job.source.fileName,
      encoding: job.source.encoding,
      total_rows: job.rows.length,
    })
    .execute();
  for (let i = 0; i < job.rows.length; i += INSERT_CHUNK) {
    const chunk = job.rows.slice(i, i + INSERT_CHUNK).map(({ row, values, startAt }) => ({
      job_id: jobId,
      row_number: row,
      intent_id: bulkIntentId(jobId, row),
      room_id: values.roomId,
      room_name: values.roomName || values.roomId,
      status: "queued" as const,
      values_json: JSON.stringify(startAt === undefined ? values : { ...values, startAt }),
      lease_owner: null,
      lease_until: null,
      request_id: null,
      error_kind: null,
      outcome: null,
      finished_at: null,
    }));
    await tx.insertInto("bulk_job_rows").values(chunk).execute();
  }
  await insertAudit(tx, dialect, {
    actor,
    action: "bulk.start",
    resource: { intentId: jobAuditId(jobId) },
    outcome: "ok",
    details: { request: { source: job.source, rows: job.rows.length } },
    occurredAt: new Date(now()),
  });
  return jobId;
}

/** A spreadsheet job, in a transaction of its own. The request has passed the start schema (lib/bulk/job-request.ts). */
export function createBulkJob(
  db: Db,
  actor: AuditActor,
  request: StartBulkJobRequest,
  now: () => number,
): Promise<string> {
  return db.kysely.transaction().execute((tx) => insertBulkJob(tx, db.dialect, actor, request, now));
}
