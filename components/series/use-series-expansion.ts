"use client";

import { useWatch } from "react-hook-form";
import { toRepeatRule } from "@/lib/schemas/series";
import { expandSeries, type SeriesExpansion } from "@/lib/series/expand";
import { SERIES_LIMITS } from "@/lib/series/limits";
import { isValidTimeZone } from "@/lib/time";
import { useSeriesForm } from "./series-form-context";

const positive = (n: unknown) => (Number.isInteger(n) && (n as number) >= 1 ? (n as number) : null);

/** The series the form's Repeat part gives as it stands; null while its start, zone or rule is incomplete. */
export function useSeriesExpansion(): SeriesExpansion | null {
  const { control } = useSeriesForm();
  const [schedule, repeat] = useWatch({ control, name: ["schedule", "repeat"] });
  const interval = positive(repeat.interval);
  const count = positive(repeat.count);
  if (!isValidTimeZone(schedule.timeZone) || interval === null || (repeat.ends === "count" && count === null))
    return null;
  const rule = toRepeatRule({ ...repeat, interval, count: count ?? 1 } as Parameters<typeof toRepeatRule>[0]);
  return expandSeries(rule, schedule);
}

/** How many rooms Schedule would make: the preview's meetings less the days left out; null if unknown. */
export function useSeriesMeetingCount(): number | null {
  const { control } = useSeriesForm();
  const [enabled, choices] = useWatch({ control, name: ["repeat.enabled", "repeat.choices"] });
  const expansion = useSeriesExpansion();
  if (!enabled || !expansion || expansion.overLimit) return null;
  const made = expansion.occurrences
    .slice(0, SERIES_LIMITS.maxOccurrences)
    .filter((o) => !(o.wall === "skipped" && choices?.[o.date] === "skip"));
  return made.length > 0 ? made.length : null;
}
