import { csvRow } from "@/lib/support/csv";
import type { DryRunColumn, DryRunRow } from "./dry-run-types";
import type { SheetColumnKey } from "./columns";

/**
 * The dry run's problems as a CSV to fix the sheet by: one line per error or warning with the row, the
 * column (the form's label, the sheet's letter and header), the cell as written and the message. The column
 * names are English like every CSV Roomdesk writes; the words in the cells are the admin's language.
 */
export function errorReportCsv(
  rows: readonly DryRunRow[],
  columns: readonly DryRunColumn[],
  words: { error: string; warning: string; label: (key: SheetColumnKey) => string },
): string {
  const sheetColumn = new Map(columns.flatMap((c) => (c.column ? [[c.column, c] as const] : [])));
  let out = `\uFEFF${csvRow(["row", "severity", "field", "column", "header", "value", "message"])}`;
  for (const row of rows) {
    const issues = [
      ...row.errors.map((i) => ({ ...i, severity: words.error })),
      ...row.warnings.map((i) => ({ ...i, severity: words.warning })),
    ];
    for (const issue of issues) {
      const at = issue.column ? sheetColumn.get(issue.column) : undefined;
      out += csvRow([
        row.row,
        issue.severity,
        issue.column ? words.label(issue.column) : "",
        at?.letter ?? "",
        at?.header ?? "",
        issue.column ? (row.cells?.[issue.column] ?? "") : "",
        issue.message,
      ]);
    }
  }
  return out;
}
