import "server-only";
import { sql } from "kysely";
import type { Db } from "../db";
import type { BulkJobRowsTable } from "../db/schema";
import { iso } from "./job-ids";

export interface RowLease {
  /** This instance (lib/server/instance-id.ts). */
  owner: string;
  ms: number;
  now: () => number;
}

export type ClaimedRow = Pick<BulkJobRowsTable, "job_id" | "row_number" | "intent_id" | "values_json"> & {
  attempts: number;
};

/**
 * Takes up to `limit` rows of running jobs for this instance: queued rows, and rows whose worker's lease ran
 * out (its instance died or stalled). One short statement: on Postgres the candidate rows are locked with
 * FOR UPDATE SKIP LOCKED, so two instances claiming at once take different rows and never wait on each
 * other; SQLite runs the one UPDATE … RETURNING as a single write transaction, which no other writer
 * interleaves. Oldest job first, then sheet order.
 */
export async function claimRows(db: Db, lease: RowLease, limit: number): Promise<ClaimedRow[]> {
  if (limit <= 0) return [];
  const now = iso(lease.now());
  const until = iso(lease.now() + lease.ms);
  const lock = db.dialect === "postgres" ? sql`for update of r skip locked` : sql``;
  const { rows } = await sql<ClaimedRow>`
    update bulk_job_rows
    set status = 'running', lease_owner = ${lease.owner}, lease_until = ${until}, attempts = attempts + 1
    where (job_id, row_number) in (
      select r.job_id, r.row_number
      from bulk_job_rows r join bulk_jobs j on j.job_id = r.job_id
      where j.status = 'running'
        and (r.status = 'queued' or (r.status = 'running' and r.lease_until < ${now}))
      order by j.created_at, r.job_id, r.row_number
      limit ${limit}
      ${lock}
    )
    returning job_id, row_number, intent_id, values_json, attempts`.execute(db.kysely);
  // RETURNING keeps no order: the rows are worked in sheet order all the same.
  return rows
    .map((r) => ({ ...r, row_number: Number(r.row_number), attempts: Number(r.attempts) }))
    .sort((a, b) => (a.job_id === b.job_id ? a.row_number - b.row_number : a.job_id < b.job_id ? -1 : 1));
}

/**
 * Keeps a row's lease alive while its intent runs (a third of the lease between renewals), as the intent's
 * own lease is kept (lib/server/meetings/intents.ts): a slow call never lets a second instance take it.
 */
export function holdRowLease(
  db: Db,
  row: Pick<ClaimedRow, "job_id" | "row_number">,
  lease: RowLease,
): () => void {
  const timer = setInterval(
    () => {
      void db.kysely
        .updateTable("bulk_job_rows")
        .set({ lease_until: iso(lease.now() + lease.ms) })
        .where("job_id", "=", row.job_id)
        .where("row_number", "=", row.row_number)
        .where("lease_owner", "=", lease.owner)
        .where("status", "=", "running")
        .execute()
        .catch(() => undefined);
    },
    Math.max(250, Math.floor(lease.ms / 3)),
  );
  timer.unref();
  return () => clearInterval(timer);
}
