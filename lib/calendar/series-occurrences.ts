import { zoneOffsetMinutes } from "@/lib/time";
import { localDateTime, paramValue, utcDateTime } from "./ics-text";
import type { SeriesIcsInput, SeriesIcsOccurrence } from "./series-ics";

const MINUTE_MS = 60_000;
const seconds = (d: Date) => Math.floor(d.getTime() / 1000);

/** An active occurrence that no longer is what the rule says: its own name, or another window. */
export function isChanged(series: SeriesIcsInput, o: SeriesIcsOccurrence): boolean {
  const ruleEnd = o.originalStart.getTime() + series.durationMinutes * MINUTE_MS;
  return (
    o.status === "active" &&
    (o.name !== series.name || o.start.getTime() !== o.originalStart.getTime() || o.end.getTime() !== ruleEnd)
  );
}

/**
 * The calendar years the VTIMEZONE must cover, a year wider on each side as the single meeting's is: every
 * instant the file names (the rule's, and a rescheduled occurrence's own) falls well inside.
 */
export function seriesYears(series: SeriesIcsInput): { fromYear: number; toYear: number } {
  const instants = [
    series.firstStart.getTime(),
    series.firstStart.getTime() + series.durationMinutes * MINUTE_MS,
    ...series.occurrences.flatMap((o) => [o.originalStart.getTime(), o.start.getTime(), o.end.getTime()]),
  ];
  return {
    fromYear: new Date(Math.min(...instants)).getUTCFullYear() - 1,
    toYear: new Date(Math.max(...instants)).getUTCFullYear() + 1,
  };
}

/**
 * EXDATE in the zone's wall time, as DTSTART is written (RFC 5545 §3.8.5.1 wants both in one form). UTC is
 * written with Z and no TZID, as ical-generator writes DTSTART for it.
 */
export function exdateLine(zone: string, cancelled: readonly Date[]): string | null {
  if (cancelled.length === 0) return null;
  if (zone === "UTC") return `EXDATE:${cancelled.map((d) => utcDateTime(seconds(d))).join(",")}`;
  const local = (d: Date) => localDateTime(seconds(d), zoneOffsetMinutes(zone, seconds(d)));
  return `EXDATE;TZID=${paramValue(zone)}:${cancelled.map(local).join(",")}`;
}

/** "2027-10-26 09:00 rd-standup-20271026": where each active occurrence meets, for a reader of the master. */
export function roomsDescription(series: SeriesIcsInput): string {
  return series.occurrences
    .filter((o) => o.status === "active")
    .map((o) => {
      const local = localDateTime(seconds(o.start), zoneOffsetMinutes(series.zone, seconds(o.start)));
      return `${local.slice(0, 4)}-${local.slice(4, 6)}-${local.slice(6, 8)} ${local.slice(9, 11)}:${local.slice(11, 13)} ${o.roomId}`;
    })
    .join("\n");
}
