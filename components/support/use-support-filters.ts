"use client";

import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { useCallback } from "react";
import { filtersFromParams, filtersToParams, type SupportFilters } from "@/lib/support/filters";

/** The console's view lives in the query string, so a link pasted in a ticket reproduces it. */
export function useSupportFilters() {
  const params = useSearchParams();
  const router = useRouter();
  const pathname = usePathname();
  const filters = filtersFromParams(params);

  const apply = useCallback(
    (next: SupportFilters) => {
      const query = filtersToParams(next).toString();
      router.push(query ? `${pathname}?${query}` : pathname, { scroll: false });
    },
    [pathname, router],
  );

  return { filters, query: filtersToParams(filters).toString(), apply };
}
