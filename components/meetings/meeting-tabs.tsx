"use client";

import Link from "next/link";
import { cx } from "@/components/ui/cx";
import type { MeetingTab } from "@/lib/meetings/types";
import { useT } from "@/lib/i18n/use-t";

const TABS = [
  { tab: "upcoming", label: "meetings.phaseUpcoming" },
  { tab: "past", label: "meetings.tabPast" },
  { tab: "cancelled", label: "meetings.phaseCancelled" },
] as const satisfies { tab: MeetingTab; label: string }[];

/** Links, not buttons: each tab is a view with its own URL. */
export function MeetingTabs({
  current,
  hrefFor,
}: {
  current: MeetingTab;
  hrefFor: (tab: MeetingTab) => string;
}) {
  const t = useT();
  return (
    <nav aria-label={t("meetings.tabsLabel")} className="flex gap-1 border-b border-slate-200">
      {TABS.map(({ tab, label }) => (
        <Link
          key={tab}
          href={hrefFor(tab)}
          scroll={false}
          aria-current={tab === current ? "page" : undefined}
          className={cx(
            "-mb-px border-b-2 px-4 py-2 text-sm font-medium",
            tab === current
              ? "border-slate-900 text-slate-900"
              : "border-transparent text-slate-500 hover:text-slate-800",
          )}
        >
          {t(label)}
        </Link>
      ))}
    </nav>
  );
}
