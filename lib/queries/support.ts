import { infiniteQueryOptions, queryOptions } from "@tanstack/react-query";
import { getJson } from "./http";
import { filtersToParams, type SupportFilters } from "@/lib/support/filters";
import type { SupportCallDetail, SupportPage } from "@/lib/support/types";

export const supportKeys = {
  all: ["support"] as const,
  list: (f: SupportFilters) => [...supportKeys.all, "list", f] as const,
  call: (id: number) => [...supportKeys.all, "call", id] as const,
};

export function supportSearchOptions(f: SupportFilters) {
  return infiniteQueryOptions({
    queryKey: supportKeys.list(f),
    queryFn: ({ pageParam }) => {
      const params = filtersToParams(f);
      if (pageParam) params.set("cursor", pageParam);
      return getJson<SupportPage>(`/api/support/search?${params}`);
    },
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
    // Every fetch is an audited lookup: refetch only when asked.
    refetchOnWindowFocus: false,
  });
}

export const supportCallOptions = (id: number) =>
  queryOptions({
    queryKey: supportKeys.call(id),
    queryFn: () => getJson<SupportCallDetail>(`/api/support/calls/${id}`),
    refetchOnWindowFocus: false,
  });

export const supportExportUrl = (f: SupportFilters) => `/api/support/export?${filtersToParams(f)}`;
