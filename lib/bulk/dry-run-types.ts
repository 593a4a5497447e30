import type { ScheduleMeetingValues } from "@/lib/schemas/meeting";
import type { SheetColumnKey } from "./columns";
import type { SheetEncoding } from "./job-request";

/** The answer of `POST /api/bulk/dry-run`: browser-safe, every message already in the admin's language. */
export interface DryRunColumn {
  /** 0-based position in the sheet, and its spreadsheet letter ("C"). */
  index: number;
  letter: string;
  /** The header as written in the file. */
  header: string;
  /** The form field it feeds, null when not used. */
  column: SheetColumnKey | null;
  /** True when the header itself named the field (not the admin's mapping). */
  recognised: boolean;
}

export interface DryRunIssue {
  column: SheetColumnKey | null;
  message: string;
}

export type DryRunRowStatus = "ready" | "warning" | "error";

export interface DryRunRow {
  row: number;
  status: DryRunRowStatus;
  /** Exactly what the schedule form would submit: what the start request sends for this row. */
  values: ScheduleMeetingValues | null;
  roomName: string;
  roomId: string;
  /** Unix seconds, when the row names a start. */
  start: number | null;
  timeZone: string;
  errors: DryRunIssue[];
  warnings: DryRunIssue[];
  /** The row's cells by field, as written; only rows with something to report carry them. */
  cells?: Partial<Record<SheetColumnKey, string>>;
}

export interface DryRunSummary {
  rows: number;
  ready: number;
  withWarnings: number;
  withErrors: number;
}

export interface DryRunResult {
  source: { fileName: string; encoding: SheetEncoding };
  columns: DryRunColumn[];
  rows: DryRunRow[];
  summary: DryRunSummary;
}

/** A sheet the dry run could not read at all: the status, and one sentence naming the part and the limit. */
export interface DryRunRefused {
  error: string;
}
