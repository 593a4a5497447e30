"use client";

import { Button } from "@/components/ui/button";
import { columnByKey } from "@/lib/bulk/columns";
import type { DryRunResult } from "@/lib/bulk/dry-run-types";
import { errorReportCsv } from "@/lib/bulk/error-report";
import type { Translate } from "@/lib/i18n/translate";
import { useT } from "@/lib/i18n/use-t";

type Key = Parameters<Translate>[0];

function download(name: string, text: string) {
  const url = URL.createObjectURL(new Blob([text], { type: "text/csv;charset=utf-8" }));
  const a = document.createElement("a");
  a.href = url;
  a.download = name;
  a.click();
  URL.revokeObjectURL(url);
}

/** How the sheet was read, the counts, and the error report to fix the sheet by. */
export function DryRunSummary({ result }: { result: DryRunResult }) {
  const t = useT();
  const { summary, source } = result;
  const hasIssues = summary.withErrors + summary.withWarnings > 0;
  const report = () =>
    download(
      `${source.fileName.replace(/\.[^.]*$/, "") || "sheet"}-errors.csv`,
      errorReportCsv(result.rows, result.columns, {
        error: t("bulk.error"),
        warning: t("bulk.warning"),
        label: (key) => t(columnByKey(key).label as Key),
      }),
    );
  return (
    <div role="status" className="space-y-2 rounded-xl border border-slate-200 bg-white p-4 text-sm">
      <p className="text-slate-600">
        {source.fileName ? `${source.fileName} · ` : ""}
        {t("bulk.readAs", { encoding: t(`bulk.encoding.${source.encoding}` as Key) })}
      </p>
      <p className="font-medium text-slate-900">{t("bulk.summary", { ...summary })}</p>
      {hasIssues ? (
        <Button variant="secondary" size="sm" onClick={report}>
          {t("bulk.downloadReport")}
        </Button>
      ) : null}
    </div>
  );
}
