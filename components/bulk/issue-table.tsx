"use client";

import { columnByKey, type SheetColumnKey } from "@/lib/bulk/columns";
import type { DryRunColumn, DryRunRow } from "@/lib/bulk/dry-run-types";
import type { Translate } from "@/lib/i18n/translate";
import { useT } from "@/lib/i18n/use-t";
import { ScrollBox } from "@/components/ui/scroll-box";

type Key = Parameters<Translate>[0];

// A sheet of 5,000 bad rows would be a page nobody reads; the error report holds them all.
const SHOWN = 200;

/** "Start time (column F)": the form's label for the field, and where the sheet has it. */
export function cellName(t: Translate, columns: readonly DryRunColumn[], key: SheetColumnKey | null): string {
  if (key === null) return t("bulk.wholeRow");
  const label = t(columnByKey(key).label as Key);
  const at = columns.find((c) => c.column === key);
  return at ? t("bulk.cellOf", { label, letter: at.letter }) : t("bulk.notInSheet", { label });
}

/** Every error and warning, one line each: row, column, the cell as written, the problem. */
export function IssueTable({
  rows,
  columns,
}: {
  rows: readonly DryRunRow[];
  columns: readonly DryRunColumn[];
}) {
  const t = useT();
  const lines = rows.flatMap((row) => [
    ...row.errors.map((issue) => ({ row, issue, kind: "error" as const })),
    ...row.warnings.map((issue) => ({ row, issue, kind: "warning" as const })),
  ]);
  if (lines.length === 0) return null;
  return (
    <section aria-labelledby="bulk-issues" className="space-y-2">
      <h2 id="bulk-issues" className="text-base font-semibold text-slate-900">
        {t("bulk.issuesTitle")}
      </h2>
      <p className="text-xs text-slate-500">{t("bulk.rowNote")}</p>
      <ScrollBox label={t("bulk.issuesTitle")} className="rounded-xl border border-slate-200 bg-white">
        <table className="w-full text-left text-sm">
          <thead className="bg-slate-50 text-slate-600">
            <tr>
              <th className="px-3 py-2">{t("bulk.row")}</th>
              <th className="px-3 py-2">{t("bulk.severity")}</th>
              <th className="px-3 py-2">{t("bulk.column")}</th>
              <th className="px-3 py-2">{t("bulk.value")}</th>
              <th className="px-3 py-2">{t("bulk.problem")}</th>
            </tr>
          </thead>
          <tbody>
            {lines.slice(0, SHOWN).map(({ row, issue, kind }, i) => (
              <tr key={`${row.row}-${i}`} className="border-t border-slate-100 align-top">
                <td className="px-3 py-2 tabular-nums">{row.row}</td>
                <td className={`px-3 py-2 ${kind === "error" ? "text-red-700" : "text-amber-700"}`}>
                  {kind === "error" ? t("bulk.error") : t("bulk.warning")}
                </td>
                <td className="px-3 py-2">{cellName(t, columns, issue.column)}</td>
                <td className="px-3 py-2 font-mono text-xs break-all">
                  {issue.column ? (row.cells?.[issue.column] ?? "") : ""}
                </td>
                <td className="px-3 py-2">{issue.message}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollBox>
      {lines.length > SHOWN ? (
        <p className="text-sm text-slate-500">{t("bulk.moreIssues", { count: lines.length - SHOWN })}</p>
      ) : null}
    </section>
  );
}
