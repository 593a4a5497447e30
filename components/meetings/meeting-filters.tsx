"use client";

import { useEffect, useState } from "react";
import { Button } from "@/components/ui/button";
import { controlClass } from "@/components/ui/styles";
import type { UrlFilters } from "./use-meeting-filters";
import { useT } from "@/lib/i18n/use-t";
import { SUBSTRING_MIN_CHARS, searchKind } from "@/lib/meetings/search";

interface MeetingFiltersProps {
  filters: UrlFilters;
  onChange(patch: Partial<UrlFilters>): void;
}

/** Search and date range. Typing updates the URL after a pause, so history is not flooded. */
export function MeetingFilters({ filters, onChange }: MeetingFiltersProps) {
  const tr = useT();
  const [q, setQ] = useState(filters.q);
  useEffect(() => {
    if (q.trim() === filters.q) return;
    const t = setTimeout(() => onChange({ q: q.trim() }), 300);
    return () => clearTimeout(t);
  }, [q, filters.q, onChange]);

  const short = q.trim() !== "" && searchKind(q) === "prefix";

  return (
    <div role="search" className="flex flex-wrap items-end gap-4">
      <div className="min-w-64 flex-1 space-y-1.5">
        <label htmlFor="meetings-q" className="text-sm font-medium text-slate-800">
          {tr("meetings.search")}
        </label>
        <input
          id="meetings-q"
          type="search"
          value={q}
          onChange={(e) => setQ(e.target.value)}
          placeholder={tr("meetings.searchPlaceholder")}
          aria-describedby={short ? "meetings-q-hint" : undefined}
          className={controlClass}
        />
        {short ? (
          <p id="meetings-q-hint" className="text-xs text-slate-500">
            {tr("meetings.searchShort", { min: SUBSTRING_MIN_CHARS })}
          </p>
        ) : null}
      </div>
      <div className="space-y-1.5">
        <label htmlFor="meetings-from" className="text-sm font-medium text-slate-800">
          {tr("meetings.from")}
        </label>
        <input
          id="meetings-from"
          type="date"
          value={filters.from}
          max={filters.to || undefined}
          onChange={(e) => onChange({ from: e.target.value })}
          className={controlClass}
        />
      </div>
      <div className="space-y-1.5">
        <label htmlFor="meetings-to" className="text-sm font-medium text-slate-800">
          {tr("meetings.to")}
        </label>
        <input
          id="meetings-to"
          type="date"
          value={filters.to}
          min={filters.from || undefined}
          onChange={(e) => onChange({ to: e.target.value })}
          className={controlClass}
        />
      </div>
      {filters.q || filters.from || filters.to ? (
        <Button
          variant="ghost"
          onClick={() => {
            setQ("");
            onChange({ q: "", from: "", to: "" });
          }}
        >
          {tr("meetings.clearFilters")}
        </Button>
      ) : null}
    </div>
  );
}
