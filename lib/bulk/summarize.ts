import type { CheckedRow } from "./check-rows";
import type { DryRunIssue, DryRunRow, DryRunSummary } from "./dry-run-types";

const statusOf = (row: CheckedRow) =>
  row.errors.length > 0 || !row.values ? "error" : row.warnings.length > 0 ? "warning" : "ready";

/** Checked rows as the browser sees them, each message worded by `word` (the caller's language). */
export function toDryRunRows(rows: readonly CheckedRow[], word: (message: string) => string): DryRunRow[] {
  const issues = (list: CheckedRow["errors"]): DryRunIssue[] =>
    list.map((i) => ({ column: i.column, message: word(i.message) }));
  return rows.map((row) => {
    const status = statusOf(row);
    return {
      row: row.row,
      status,
      values: status === "error" ? null : row.values,
      roomName: row.values?.roomName ?? row.cells.roomName ?? "",
      roomId: row.values?.roomId ?? row.cells.roomId ?? "",
      start: row.start,
      timeZone: row.values?.schedule.timeZone ?? row.cells.timeZone ?? "",
      errors: issues(row.errors),
      warnings: issues(row.warnings),
      ...(status === "ready" ? {} : { cells: row.cells }),
    };
  });
}

export function summarize(rows: readonly DryRunRow[]): DryRunSummary {
  const count = (status: DryRunRow["status"]) => rows.filter((r) => r.status === status).length;
  return {
    rows: rows.length,
    ready: count("ready"),
    withWarnings: count("warning"),
    withErrors: count("error"),
  };
}
