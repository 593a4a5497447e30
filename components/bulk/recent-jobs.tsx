"use client";

import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { bulkJobPath } from "@/lib/bulk/job-request";
import { useT } from "@/lib/i18n/use-t";
import { recentBulkJobsOptions } from "@/lib/queries/bulk-jobs";
import { ScrollBox } from "@/components/ui/scroll-box";

/** The newest jobs with their progress, each linking to its page: for the /bulk page. */
export function RecentJobs() {
  const t = useT();
  const { data, isPending, isError } = useQuery(recentBulkJobsOptions());
  if (isPending) return <p className="text-sm text-slate-500">{t("bulkJobs.loading")}</p>;
  if (isError) return <p className="text-sm text-red-700">{t("bulkJobs.loadFailed")}</p>;
  if (data.length === 0) return <p className="text-sm text-slate-500">{t("bulkJobs.recentEmpty")}</p>;
  return (
    <ScrollBox label={t("bulkJobs.recentHeading")}>
      <table className="min-w-full text-left text-sm">
        <caption className="sr-only">{t("bulkJobs.recentHeading")}</caption>
        <thead className="border-b border-slate-200 text-xs text-slate-500">
          <tr>
            <th scope="col" className="py-2 pr-4">
              {t("bulkJobs.recentColFile")}
            </th>
            <th scope="col" className="py-2 pr-4">
              {t("bulkJobs.recentColState")}
            </th>
            <th scope="col" className="py-2 pr-4">
              {t("bulkJobs.recentColProgress")}
            </th>
          </tr>
        </thead>
        <tbody>
          {data.map((job) => (
            <tr key={job.jobId} className="border-b border-slate-100">
              <td className="py-2 pr-4">
                <Link href={bulkJobPath(job.jobId)} className="underline">
                  {job.fileName || t("bulkJobs.pastedName")}
                </Link>
              </td>
              <td className="py-2 pr-4">{t(`bulkJobs.jobState.${job.state}`)}</td>
              <td className="py-2 pr-4 tabular-nums">
                {t("bulkJobs.progressText", { done: job.done, total: job.total })}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollBox>
  );
}
