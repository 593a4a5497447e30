import "server-only";
import { sql } from "kysely";
import type { ScheduleOutcome } from "@/lib/meetings/schedule-outcome";
import {
  ROW_STATES,
  isRowDone,
  type BulkJobEvent,
  type BulkJobProgress,
  type BulkJobSummary,
  type BulkRowState,
} from "@/lib/bulk/job-types";
import type { Db } from "../db";
import type { BulkJobsTable } from "../db/schema";
import { iso, jobAuditId } from "./job-ids";

/** The window the rate (and so the estimate) is measured over. */
const RATE_WINDOW_MS = 60_000;

export interface StoredRow {
  row: number;
  roomId: string;
  roomName: string;
  state: BulkRowState;
  requestId: string | null;
  outcome: ScheduleOutcome | null;
}

async function countsOf(db: Db, jobIds: string[]): Promise<Map<string, Record<BulkRowState, number>>> {
  const out = new Map<string, Record<BulkRowState, number>>();
  if (jobIds.length === 0) return out;
  const rows = await db.kysely
    .selectFrom("bulk_job_rows")
    .select(["job_id", "status", (eb) => eb.fn.countAll<number | string>().as("n")])
    .where("job_id", "in", jobIds)
    .groupBy(["job_id", "status"])
    .execute();
  for (const id of jobIds)
    out.set(id, Object.fromEntries(ROW_STATES.map((s) => [s, 0])) as Record<BulkRowState, number>);
  for (const r of rows) out.get(r.job_id)![r.status] = Number(r.n);
  return out;
}

function summary(job: BulkJobsTable, counts: Record<BulkRowState, number>): BulkJobSummary {
  const done = ROW_STATES.filter(isRowDone).reduce((sum, s) => sum + counts[s], 0);
  return {
    jobId: job.job_id,
    state: job.status,
    fileName: job.file_name,
    encoding: job.encoding as BulkJobSummary["encoding"],
    createdAt: job.created_at,
    createdBy: job.created_by,
    finishedAt: job.finished_at,
    total: Number(job.total_rows),
    counts,
    done,
  };
}

/** Rows finished per second over the last minute (from the first finish inside it), or null. */
async function recentRate(db: Db, jobId: string, now: number): Promise<number | null> {
  const since = iso(now - RATE_WINDOW_MS);
  const r = await db.kysely
    .selectFrom("bulk_job_rows")
    .select([(eb) => eb.fn.countAll<number | string>().as("n"), (eb) => eb.fn.min("finished_at").as("first")])
    .where("job_id", "=", jobId)
    .where("finished_at", ">=", since)
    .executeTakeFirst();
  const n = Number(r?.n ?? 0);
  if (n < 2 || !r?.first) return null;
  const seconds = Math.max(1, (now - Date.parse(r.first)) / 1000);
  return n / seconds;
}

export async function getJobProgress(db: Db, jobId: string, now: number): Promise<BulkJobProgress | null> {
  const job = await db.kysely
    .selectFrom("bulk_jobs")
    .selectAll()
    .where("job_id", "=", jobId)
    .executeTakeFirst();
  if (!job) return null;
  const base = summary(job, (await countsOf(db, [jobId])).get(jobId)!);
  const rate = base.state === "running" ? await recentRate(db, jobId, now) : null;
  const left = base.total - base.done;
  return { ...base, ratePerSecond: rate, etaSeconds: rate && left > 0 ? Math.ceil(left / rate) : null };
}

export async function listRecentJobs(db: Db, limit: number): Promise<BulkJobSummary[]> {
  const jobs = await db.kysely
    .selectFrom("bulk_jobs")
    .selectAll()
    .orderBy("created_at", "desc")
    .orderBy("job_id", "desc")
    .limit(limit)
    .execute();
  const counts = await countsOf(
    db,
    jobs.map((j) => j.job_id),
  );
  return jobs.map((j) => summary(j, counts.get(j.job_id)!));
}

const toStored = (r: {
  row_number: number;
  room_id: string;
  room_name: string;
  status: BulkRowState;
  request_id: string | null;
  outcome: string | null;
}): StoredRow => ({
  row: Number(r.row_number),
  roomId: r.room_id,
  roomName: r.room_name,
  state: r.status,
  requestId: r.request_id,
  outcome: r.outcome ? (JSON.parse(r.outcome) as ScheduleOutcome) : null,
});

const ROW_COLUMNS = ["row_number", "room_id", "room_name", "status", "request_id", "outcome"] as const;

/** A page of the job's rows in sheet order, from `afterRow` on. */
export async function jobRows(db: Db, jobId: string, afterRow: number, limit: number): Promise<StoredRow[]> {
  const rows = await db.kysely
    .selectFrom("bulk_job_rows")
    .select(ROW_COLUMNS)
    .where("job_id", "=", jobId)
    .where("row_number", ">", afterRow)
    .orderBy("row_number")
    .limit(limit)
    .execute();
  return rows.map(toStored);
}

/** The rows that did not simply succeed, then the latest successes: what the page shows first. */
export async function rowsWorthShowing(db: Db, jobId: string, limit: number): Promise<StoredRow[]> {
  const rows = await db.kysely
    .selectFrom("bulk_job_rows")
    .select(ROW_COLUMNS)
    .where("job_id", "=", jobId)
    .orderBy(sql`case when status = 'scheduled' then 1 else 0 end`)
    .orderBy("row_number")
    .limit(limit)
    .execute();
  return rows.map(toStored);
}

/** The job's own trail: who started, paused, resumed and cancelled it (by e-mail where known), oldest first. */
export async function jobEvents(db: Db, jobId: string): Promise<BulkJobEvent[]> {
  const rows = await db.kysely
    .selectFrom("audit_log as a")
    .leftJoin("user as u", "u.id", "a.actor_id")
    .select(["a.occurred_at", "a.actor_id", "a.action", "u.email"])
    .where("a.intent_id", "=", jobAuditId(jobId))
    .where("a.action", "like", "bulk.%")
    .orderBy("a.occurred_at")
    .orderBy("a.id")
    .execute();
  return rows.map((r) => ({
    at: r.occurred_at,
    actor: r.email ?? r.actor_id,
    action: r.action as BulkJobEvent["action"],
  }));
}
