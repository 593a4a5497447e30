"use client";

import { useQuery } from "@tanstack/react-query";
import { useSyncExternalStore } from "react";
import { Alert } from "@/components/ui/alert";
import { useT } from "@/lib/i18n/use-t";
import { bulkJobOptions } from "@/lib/queries/bulk-jobs";
import { HttpError } from "@/lib/queries/http";
import { JobControls } from "./job-controls";
import { JobCounts } from "./job-counts";
import { JobEvents } from "./job-events";
import { JobProgressBar } from "./job-progress-bar";
import { JobRowsTable } from "./job-rows-table";

const subscribeNever = () => () => {};
/** The viewer's zone, known only in the browser: the server renders UTC and the browser its own. */
const useViewerZone = () =>
  useSyncExternalStore(
    subscribeNever,
    () => Intl.DateTimeFormat().resolvedOptions().timeZone,
    () => "UTC",
  );

/** A job as it runs: bar, counts, estimate, controls, each row's outcome, the results file and the trail. */
export function JobProgress({ jobId }: { jobId: string }) {
  const t = useT();
  const timeZone = useViewerZone();
  const { data, error, isPending } = useQuery(bulkJobOptions(jobId));
  if (isPending) return <p className="text-sm text-slate-500">{t("bulkJobs.loading")}</p>;
  if (error || !data)
    return (
      <Alert tone="error">
        {error instanceof HttpError && error.status === 404
          ? t("bulkJobs.notFound")
          : t("bulkJobs.loadFailed")}
      </Alert>
    );
  const { job } = data;
  return (
    <div className="space-y-6">
      <section
        aria-labelledby="job-progress"
        className="space-y-4 rounded-xl border border-slate-200 bg-white p-6"
      >
        <div className="flex flex-wrap items-baseline justify-between gap-2">
          <h2 id="job-progress" className="text-lg font-semibold">
            {t("bulkJobs.progressHeading")}
          </h2>
          <p className="text-sm font-medium" role="status">
            {t(`bulkJobs.jobState.${job.state}`)}
          </p>
        </div>
        <p className="text-sm text-slate-500">
          {t("bulkJobs.source", {
            file: job.fileName,
            encoding: t(`bulkJobs.encoding.${job.encoding}`),
            total: job.total,
          })}
        </p>
        <JobProgressBar job={job} />
        <JobCounts counts={job.counts} />
        <JobControls job={job} />
        <a
          href={`/api/bulk/jobs/${encodeURIComponent(job.jobId)}/results.csv`}
          className="inline-block text-sm font-medium text-slate-900 underline"
          download
        >
          {t("bulkJobs.download")}
        </a>
      </section>
      <section aria-labelledby="job-rows" className="rounded-xl border border-slate-200 bg-white p-6">
        <h2 id="job-rows" className="mb-4 text-lg font-semibold">
          {t("bulkJobs.rowsHeading")}
        </h2>
        <JobRowsTable rows={data.rows} omitted={data.rowsOmitted} />
      </section>
      <section aria-labelledby="job-events" className="rounded-xl border border-slate-200 bg-white p-6">
        <h2 id="job-events" className="mb-4 text-lg font-semibold">
          {t("bulkJobs.eventsHeading")}
        </h2>
        <JobEvents events={data.events} timeZone={timeZone} />
      </section>
    </div>
  );
}
