"use client";

import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { useCallback } from "react";
import { MEETING_TABS, type MeetingTab } from "@/lib/meetings/types";
import { DATE_PATTERN } from "@/lib/time";

export interface UrlFilters {
  tab: MeetingTab;
  q: string;
  from: string;
  to: string;
}

const date = (v: string | null) => (v && DATE_PATTERN.test(v) ? v : "");

/** The list's view lives in the query string (tab, q, from, to), so a copied link reproduces it. */
export function useMeetingFilters() {
  const params = useSearchParams();
  const router = useRouter();
  const pathname = usePathname();
  const tabParam = params.get("tab");
  const filters: UrlFilters = {
    tab: (MEETING_TABS as readonly string[]).includes(tabParam ?? "") ? (tabParam as MeetingTab) : "upcoming",
    q: params.get("q") ?? "",
    from: date(params.get("from")),
    to: date(params.get("to")),
  };

  const setFilters = useCallback(
    (patch: Partial<UrlFilters>) => {
      const next = new URLSearchParams(params);
      for (const [key, value] of Object.entries(patch)) {
        if (value) next.set(key, value);
        else next.delete(key);
      }
      if (next.get("tab") === "upcoming") next.delete("tab");
      const query = next.toString();
      router.replace(query ? `${pathname}?${query}` : pathname, { scroll: false });
    },
    [params, pathname, router],
  );

  return { filters, setFilters };
}
