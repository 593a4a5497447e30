import type { SheetEncoding } from "./job-request";

/** What the progress page and the recent-jobs list read about a job (GET /api/bulk/jobs/…): browser-safe. */

/** Where a job's rows came from: a sheet read in one of its encodings, or a recurring series. */
export type JobSourceKind = SheetEncoding | "series";

export type BulkJobState = "running" | "paused" | "cancelled" | "finished";

/** Where a row stands. `unconfirmed`: Tencent's answer was lost; the reconciler settles the intent. */
export type BulkRowState =
  "queued" | "running" | "scheduled" | "failed" | "conflict" | "unconfirmed" | "cancelled";

export const ROW_STATES: readonly BulkRowState[] = [
  "queued",
  "running",
  "scheduled",
  "failed",
  "conflict",
  "unconfirmed",
  "cancelled",
];

/** Rows no worker will take again. */
export const isRowDone = (state: BulkRowState) => state !== "queued" && state !== "running";

export interface BulkJobSummary {
  jobId: string;
  state: BulkJobState;
  fileName: string;
  encoding: JobSourceKind;
  createdAt: string;
  createdBy: string;
  finishedAt: string | null;
  total: number;
  counts: Record<BulkRowState, number>;
  /** Rows done, whatever their outcome. */
  done: number;
}

export interface BulkJobProgress extends BulkJobSummary {
  /** Rows finished per second over the last minute of work; null before there is a rate to speak of. */
  ratePerSecond: number | null;
  /** Seconds until the rest are done at that rate; null when not running or no rate yet. */
  etaSeconds: number | null;
}

export interface BulkRowView {
  row: number;
  roomId: string;
  roomName: string;
  state: BulkRowState;
  requestId: string | null;
  /** The outcome in the reader's words, when it is not a plain success. */
  error: string | null;
}

export interface BulkJobEvent {
  at: string;
  actor: string;
  action: "bulk.start" | "bulk.pause" | "bulk.resume" | "bulk.cancel";
}

export interface BulkJobDetail {
  job: BulkJobProgress;
  rows: BulkRowView[];
  /** Rows left out of `rows` (the page shows the newest outcomes first, up to a limit). */
  rowsOmitted: number;
  events: BulkJobEvent[];
}
