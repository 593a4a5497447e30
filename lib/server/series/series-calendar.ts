import "server-only";
import type { SeriesIcsInput } from "@/lib/calendar/series-ics";
import type { OccurrenceState } from "@/lib/series/types";
import type { Db } from "../db";
import { getSeries } from "./read-series";

/** Occurrences with no room (left out, cancelled, refused by Tencent) are the series' EXDATEs. */
const HAS_NO_ROOM: readonly OccurrenceState[] = ["skipped", "cancelled", "failed", "conflict"];

/**
 * The series as the calendar file states it: the rule as created, each occurrence's instant from the
 * rule (RECURRENCE-ID) beside its room's current name and window (read from the meetings index).
 */
export async function seriesCalendarInput(
  db: Db,
  seriesId: string,
  now: number,
): Promise<SeriesIcsInput | null> {
  const series = await getSeries(db, seriesId);
  if (!series || series.occurrences.length === 0) return null;
  const { sequence } = await db.kysely
    .selectFrom("meeting_series")
    .select("sequence")
    .where("series_id", "=", seriesId)
    .executeTakeFirstOrThrow();
  const at = (seconds: number) => new Date(seconds * 1000);
  return {
    seriesId,
    name: series.name,
    zone: series.timeZone,
    rrule: series.rrule,
    firstStart: at(series.occurrences[0]!.originalStart),
    durationMinutes: series.durationMinutes,
    occurrences: series.occurrences.map((o) => ({
      index: o.index,
      originalStart: at(o.originalStart),
      start: at(o.start),
      end: at(o.end),
      roomId: o.roomId,
      name: o.name,
      status: HAS_NO_ROOM.includes(o.state) ? "cancelled" : "active",
    })),
    sequence: Number(sequence),
    stamp: new Date(now),
  };
}
