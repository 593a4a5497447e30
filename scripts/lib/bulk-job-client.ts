// A spreadsheet job driven as the browser drives it (`POST /api/bulk/jobs` with the rows the schedule
// form would submit) and read back from its rows in the database, for bench:bulk.
import type pg from "pg";
import { SWITCHES_OFF } from "@/lib/trtc/room-fields";
import { daysFromNow } from "@/tests/schedule-input";
import type { JobRowFact } from "./bulk-bench-counts";

/** One sheet row as the schedule form submits it, each its own room. */
const sheetRow = (row: number, prefix: string) => ({
  row,
  values: {
    roomName: `Class ${row}`,
    roomId: `${prefix}-${row}`,
    owner: "",
    invitees: ["alice"],
    schedule: { date: daysFromNow(4), time: "09:00", timeZone: "Asia/Tokyo", durationMinutes: 45 },
    settings: SWITCHES_OFF,
    seats: { enabled: false },
    customInfo: "",
  },
});

export async function startJob(base: string, cookie: string, prefix: string, count: number): Promise<string> {
  const rows = Array.from({ length: count }, (_, i) => sheetRow(i + 1, prefix));
  const res = await fetch(`${base}/api/bulk/jobs`, {
    method: "POST",
    headers: { "content-type": "application/json", origin: base, cookie },
    body: JSON.stringify({ source: { fileName: "term.csv", encoding: "utf-8" }, rows }),
  });
  const body = (await res.json()) as { jobId?: string; errors?: unknown };
  if (res.status !== 201 || !body.jobId)
    throw new Error(`job not started: HTTP ${res.status} ${JSON.stringify(body).slice(0, 500)}`);
  return body.jobId;
}

/** When the job was stored (its `created_at`): the request's upload and checks come before it. */
export async function jobCreatedAt(db: pg.Client, jobId: string): Promise<number> {
  const r = await db.query<{ created_at: string }>("SELECT created_at FROM bulk_jobs WHERE job_id = $1", [
    jobId,
  ]);
  return Date.parse(r.rows[0]!.created_at);
}

export async function jobRows(db: pg.Client, jobId: string): Promise<JobRowFact[]> {
  const r = await db.query<{
    row_number: number;
    room_id: string;
    status: string;
    error_kind: string | null;
    finished_at: string | null;
  }>("SELECT row_number, room_id, status, error_kind, finished_at FROM bulk_job_rows WHERE job_id = $1", [
    jobId,
  ]);
  return r.rows.map((x) => ({
    row: x.row_number,
    roomId: x.room_id,
    status: x.status,
    errorKind: x.error_kind,
    finishedAtMs: x.finished_at === null ? null : Date.parse(x.finished_at),
  }));
}

/** Waits until no row of the job is queued or running; polls one count a second, telling each count. */
export async function rowsDone(
  db: pg.Client,
  jobId: string,
  timeoutMs: number,
  onCount: (open: number) => void = () => {},
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const r = await db.query<{ open: string }>(
      "SELECT count(*) AS open FROM bulk_job_rows WHERE job_id = $1 AND status IN ('queued', 'running')",
      [jobId],
    );
    const open = Number(r.rows[0]!.open);
    onCount(open);
    if (open === 0) return;
    if (Date.now() > deadline) throw new Error(`job ${jobId}: ${open} rows still open after ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
}
