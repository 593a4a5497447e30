"use client";

import { LoadMoreButton } from "@/components/ui/load-more-button";
import { useInfiniteQuery } from "@tanstack/react-query";
import { Alert } from "@/components/ui/alert";
import type { MeetingFilters, MeetingSummary } from "@/lib/meetings/types";
import { meetingsListOptions } from "@/lib/queries/meetings";
import { epochToWallTime } from "@/lib/time";
import { MeetingListItem } from "./meeting-list-item";
import { useT, useViewerLocale } from "@/lib/i18n/use-t";
import { formatDay } from "./time-text";

/** Consecutive meetings sharing a local day in the viewer's zone; the server's order is kept. */
function groupByDay(items: MeetingSummary[], zone: string) {
  const groups: { day: string; items: MeetingSummary[] }[] = [];
  for (const m of items) {
    const day = epochToWallTime(m.start, zone).date;
    const last = groups.at(-1);
    if (last?.day === day) last.items.push(m);
    else groups.push({ day, items: [m] });
  }
  return groups;
}

export function MeetingList({
  filters,
  canManage = false,
}: {
  filters: MeetingFilters;
  canManage?: boolean;
}) {
  const t = useT();
  const locale = useViewerLocale();
  const query = useInfiniteQuery(meetingsListOptions(filters));
  if (query.isPending) return <p className="text-sm text-slate-500">{t("meetings.loadingMeetings")}</p>;
  if (query.isError)
    return (
      <Alert tone="error" title={t("meetings.listFailed")}>
        {t("meetings.reload")}
      </Alert>
    );

  const items = query.data.pages.flatMap((p) => p.items);
  if (items.length === 0)
    return (
      <p className="rounded-xl border border-dashed border-slate-300 bg-white p-6 text-sm text-slate-500">
        {t("meetings.noMatch")}
      </p>
    );

  return (
    <div className="space-y-6">
      {groupByDay(items, filters.tz).map((g) => (
        <section key={g.day} aria-labelledby={`day-${g.day}`} data-testid="meeting-day">
          <h2 id={`day-${g.day}`} className="mb-2 text-sm font-semibold text-slate-700">
            {formatDay(g.day, locale)}
          </h2>
          <ul className="divide-y divide-slate-100 rounded-xl border border-slate-200 bg-white">
            {g.items.map((m) => (
              <MeetingListItem key={m.roomId} meeting={m} viewerZone={filters.tz} canManage={canManage} />
            ))}
          </ul>
        </section>
      ))}
      <LoadMoreButton query={query} />
    </div>
  );
}
