"use client";

import { useRouter } from "next/navigation";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import type { DryRunResult } from "@/lib/bulk/dry-run-types";
import { bulkJobPath } from "@/lib/bulk/job-request";
import { fieldLabel } from "@/lib/i18n/field-labels";
import { useT } from "@/lib/i18n/use-t";
import { useStartJob } from "./use-start-job";

/**
 * Nothing is sent until here. The rows with errors never go; the rows with warnings go unless the admin
 * starts without them. The browser then follows the job on its own page.
 */
export function StartBar({ result }: { result: DryRunResult }) {
  const t = useT();
  const router = useRouter();
  const start = useStartJob();
  const ready = result.rows.filter((r) => r.status === "ready").map((r) => r.row);
  const warned = result.rows.filter((r) => r.status === "warning").map((r) => r.row);
  const errors = result.summary.withErrors;
  const run = (rows: number[]) =>
    start.mutate(
      { result, rows },
      { onSuccess: (answer) => (answer.ok ? router.push(bulkJobPath(answer.jobId)) : undefined) },
    );
  const answer = start.data;
  if (ready.length + warned.length === 0) return <Alert tone="warning">{t("bulk.nothingReady")}</Alert>;
  return (
    <div className="space-y-3 rounded-xl border border-slate-200 bg-white p-4">
      {errors > 0 ? (
        <p className="text-sm text-slate-600">{t("bulk.errorsLeftOut", { count: errors })}</p>
      ) : null}
      <div className="flex flex-wrap gap-3">
        <Button onClick={() => run([...ready, ...warned])} disabled={start.isPending}>
          {start.isPending ? t("bulk.starting") : t("bulk.start", { count: ready.length + warned.length })}
        </Button>
        {warned.length > 0 && ready.length > 0 ? (
          <Button variant="secondary" onClick={() => run(ready)} disabled={start.isPending}>
            {t("bulk.startWithoutWarnings", { count: ready.length })}
          </Button>
        ) : null}
      </div>
      {answer && !answer.ok ? (
        <Alert tone="error" title={answer.errors ? t("bulk.startRefused") : undefined}>
          {answer.errors ? (
            <ul className="list-disc pl-5">
              {answer.errors.map((e, i) => (
                <li key={i}>
                  {t("bulk.startRowError", { row: e.row, field: fieldLabel(t, e.field), message: e.message })}
                </li>
              ))}
            </ul>
          ) : (
            t("bulk.startFailed")
          )}
        </Alert>
      ) : null}
    </div>
  );
}
