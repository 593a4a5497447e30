import { queryOptions } from "@tanstack/react-query";
import type { SeriesView } from "@/lib/series/types";
import { JOB_REFRESH_MS } from "./bulk-jobs";
import { getJson } from "./http";

/** A series and its occurrences, polled while its rooms are still being made. */
export const seriesOptions = (seriesId: string) =>
  queryOptions({
    queryKey: ["series", seriesId] as const,
    queryFn: () => getJson<SeriesView>(`/api/series/${encodeURIComponent(seriesId)}`),
    staleTime: 500,
    retry: false,
    refetchInterval: (query) => (query.state.data?.creating ? JOB_REFRESH_MS : false),
  });
