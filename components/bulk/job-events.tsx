"use client";

import type { BulkJobEvent } from "@/lib/bulk/job-types";
import { useT, useViewerLocale } from "@/lib/i18n/use-t";
import { formatLocalInstant } from "@/lib/time/format";

const VERB = {
  "bulk.start": "start",
  "bulk.pause": "pause",
  "bulk.resume": "resume",
  "bulk.cancel": "cancel",
} as const;

/** The job's own audit trail: who started, paused, resumed or cancelled it, and when. */
export function JobEvents({ events, timeZone }: { events: BulkJobEvent[]; timeZone: string }) {
  const t = useT();
  const locale = useViewerLocale();
  return (
    <ol className="space-y-1 text-sm">
      {events.map((e) => (
        <li key={`${e.at}-${e.action}`}>
          <time dateTime={e.at} className="tabular-nums text-slate-500">
            {formatLocalInstant(e.at, timeZone, locale)}
          </time>{" "}
          {t(`bulkJobs.event.${VERB[e.action]}`, { actor: e.actor })}
        </li>
      ))}
    </ol>
  );
}
