"use client";

import Link from "next/link";
import { usePathname, useSearchParams } from "next/navigation";
import { cx } from "@/components/ui/cx";
import { focusRing } from "@/components/ui/styles";
import type { MeetingTab } from "@/lib/meetings/types";
import { UnscheduledRooms } from "@/components/room-events/unscheduled-rooms";
import { ImportMeetingPanel } from "./import-meeting-panel";
import { MeetingFilters } from "./meeting-filters";
import { MeetingList } from "./meeting-list";
import { MeetingTabs } from "./meeting-tabs";
import { useMeetingFilters } from "./use-meeting-filters";
import { useViewerZone } from "./use-viewer-zone";
import { useT } from "@/lib/i18n/use-t";

export function MeetingsView({ canManage }: { canManage: boolean }) {
  const t = useT();
  const { filters, setFilters } = useMeetingFilters();
  const params = useSearchParams();
  const pathname = usePathname();
  const zone = useViewerZone();

  const hrefFor = (tab: MeetingTab) => {
    const next = new URLSearchParams(params);
    if (tab === "upcoming") next.delete("tab");
    else next.set("tab", tab);
    const q = next.toString();
    return q ? `${pathname}?${q}` : pathname;
  };

  return (
    <div className="space-y-6">
      <header className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <h1 className="text-2xl font-semibold tracking-tight text-slate-900">{t("meetings.title")}</h1>
          <p className="mt-1 text-sm text-slate-500">
            {zone ? t("meetings.introZone", { zone }) : t("meetings.intro")}
          </p>
        </div>
        {canManage ? (
          <Link
            href="/schedule"
            className={cx(
              "inline-flex items-center rounded-md bg-slate-900 px-4 py-2 text-sm font-medium text-white shadow-sm hover:bg-slate-800",
              focusRing,
            )}
          >
            {t("meetingActions.scheduleMeeting")}
          </Link>
        ) : null}
      </header>
      <UnscheduledRooms canManage={canManage} />
      {canManage ? <ImportMeetingPanel defaultZone={zone} /> : null}
      <MeetingTabs current={filters.tab} hrefFor={hrefFor} />
      <MeetingFilters filters={filters} onChange={setFilters} />
      {zone ? <MeetingList filters={{ ...filters, tz: zone }} canManage={canManage} /> : null}
    </div>
  );
}
