import "server-only";
import type { BulkJobDetail, BulkRowView } from "@/lib/bulk/job-types";
import { describeBulkRow } from "@/lib/i18n/describe-bulk-row";
import type { Translate } from "@/lib/i18n/translate";
import type { Db } from "../db";
import { getJobProgress, jobEvents, jobRows, rowsWorthShowing, type StoredRow } from "./read-job";

/** Rows the progress page shows at once: the ones that need a look first, then the rest in sheet order. */
const ROWS_SHOWN = 500;
/** Rows read per query while writing the results file. */
const CSV_PAGE = 1000;

const view = (t: Translate, r: StoredRow): BulkRowView => ({
  row: r.row,
  roomId: r.roomId,
  roomName: r.roomName,
  state: r.state,
  requestId: r.requestId,
  error: describeBulkRow(t, r.outcome),
});

/** The progress page's read: the job's counts and estimate, its rows' outcomes in words, its trail. */
export async function getJobDetail(
  db: Db,
  jobId: string,
  now: number,
  t: Translate,
): Promise<BulkJobDetail | null> {
  const job = await getJobProgress(db, jobId, now);
  if (!job) return null;
  const rows = await rowsWorthShowing(db, jobId, ROWS_SHOWN);
  return {
    job,
    rows: rows.map((r) => view(t, r)),
    rowsOmitted: Math.max(0, job.total - rows.length),
    events: await jobEvents(db, jobId),
  };
}

/** Every row in sheet order, a page at a time, for the results file. */
export async function* resultRows(db: Db, jobId: string, t: Translate): AsyncGenerator<BulkRowView> {
  let after = 0;
  for (;;) {
    const page = await jobRows(db, jobId, after, CSV_PAGE);
    for (const r of page) yield view(t, r);
    if (page.length < CSV_PAGE) return;
    after = page[page.length - 1]!.row;
  }
}
