"use client";

import type { BulkJobProgress } from "@/lib/bulk/job-types";
import { useT } from "@/lib/i18n/use-t";

/** The bar, its counts in words, and the estimate from the rate observed over the last minute. */
export function JobProgressBar({ job }: { job: BulkJobProgress }) {
  const t = useT();
  const percent = job.total === 0 ? 100 : Math.floor((job.done / job.total) * 100);
  return (
    <div className="space-y-2">
      <div
        role="progressbar"
        aria-label={t("bulkJobs.progressLabel")}
        aria-valuemin={0}
        aria-valuemax={job.total}
        aria-valuenow={job.done}
        aria-valuetext={t("bulkJobs.progressText", { done: job.done, total: job.total })}
        className="h-3 w-full overflow-hidden rounded-full bg-slate-200"
      >
        <div className="h-full bg-emerald-600 transition-[width]" style={{ width: `${percent}%` }} />
      </div>
      <p className="flex flex-wrap justify-between gap-2 text-sm text-slate-700">
        <span>{t("bulkJobs.progressText", { done: job.done, total: job.total })}</span>
        <span>{estimate(t, job)}</span>
      </p>
    </div>
  );
}

function estimate(t: ReturnType<typeof useT>, job: BulkJobProgress): string {
  if (job.state !== "running") return "";
  if (job.ratePerSecond === null || job.etaSeconds === null) return t("bulkJobs.estimating");
  const rate = Math.round(job.ratePerSecond * 10) / 10;
  const minutes = Math.floor(job.etaSeconds / 60);
  const seconds = job.etaSeconds % 60;
  return t("bulkJobs.eta", { rate, minutes, seconds });
}
