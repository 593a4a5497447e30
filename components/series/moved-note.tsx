"use client";

import { useT, useViewerLocale } from "@/lib/i18n/use-t";
import type { OccurrenceView, SeriesView } from "@/lib/series/types";
import { epochToWallTime, formatDay } from "@/lib/time";

/**
 * "Moved", and from when, for an occurrence whose wall time is no longer the rule's. A start kept at the
 * rule's wall time (the second of a repeated time) is not a move a reader needs to hear about.
 */
export function MovedNote({ series, occurrence: o }: { series: SeriesView; occurrence: OccurrenceView }) {
  const t = useT();
  const locale = useViewerLocale();
  if (!o.changed.includes("start")) return null;
  const now = epochToWallTime(o.start, series.timeZone);
  const was = epochToWallTime(o.originalStart, series.timeZone);
  if (now.date === was.date && now.time === was.time) return null;
  return (
    <span className="block text-xs text-amber-800">
      {t("seriesMove.movedFrom", { day: formatDay(was.date, locale), time: was.time })}
    </span>
  );
}
