import { queryOptions } from "@tanstack/react-query";
import type { BulkJobDetail, BulkJobSummary } from "@/lib/bulk/job-types";
import { getJson } from "./http";

/** How often a running job's page asks again: often enough to watch the bar move, cheap for the server. */
export const JOB_REFRESH_MS = 1000;

/**
 * A job's progress, polled while it runs and the tab is shown. The job runs on the server whatever the
 * browser does: a hidden or closed tab loses nothing, and shows where it stands when it is looked at again.
 */
export const bulkJobOptions = (jobId: string) =>
  queryOptions({
    queryKey: ["bulk-job", jobId] as const,
    queryFn: () => getJson<BulkJobDetail>(`/api/bulk/jobs/${encodeURIComponent(jobId)}`),
    staleTime: 500,
    retry: false,
    refetchInterval: (query) => (query.state.data?.job.state === "running" ? JOB_REFRESH_MS : false),
  });

export const recentBulkJobsOptions = () =>
  queryOptions({
    queryKey: ["bulk-jobs"] as const,
    queryFn: () => getJson<BulkJobSummary[]>("/api/bulk/jobs"),
    staleTime: 5_000,
    retry: false,
    refetchInterval: (query) =>
      query.state.data?.some((j) => j.state === "running") ? JOB_REFRESH_MS * 3 : false,
  });
