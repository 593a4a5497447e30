"use client";

import Link from "next/link";
import { cx } from "@/components/ui/cx";
import type { MeetingTab } from "@/lib/meetings/types";

const TABS: { tab: MeetingTab; label: string }[] = [
  { tab: "upcoming", label: "Upcoming" },
  { tab: "past", label: "Past" },
  { tab: "cancelled", label: "Cancelled" },
];

/** Links, not buttons: each tab is a view with its own URL. */
export function MeetingTabs({
  current,
  hrefFor,
}: {
  current: MeetingTab;
  hrefFor: (tab: MeetingTab) => string;
}) {
  return (
    <nav aria-label="Meeting lists" className="flex gap-1 border-b border-slate-200">
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
          {label}
        </Link>
      ))}
    </nav>
  );
}
