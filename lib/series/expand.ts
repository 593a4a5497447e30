import { RRule } from "rrule";
import { parseDate, parseTime, zonedWallTimeToEpoch } from "@/lib/time/wall-time";
import { offsetMsAt, wallPartsToUtcMs, zoneOffsetMinutes } from "@/lib/time/zone";
import { SERIES_LIMITS } from "./limits";
import { recurrenceOptions, type RepeatRule } from "./rule";

/** ok: the wall time happens once; skipped: clocks jump over it; repeated: it happens twice. */
export type WallStatus = "ok" | "skipped" | "repeated";

export interface ExpandedOccurrence {
  /** 0-based position in the series as the rule gives it. */
  index: number;
  /** The wall date and time in the meeting's zone, "YYYY-MM-DD" and "HH:MM": the same time every time. */
  date: string;
  time: string;
  wall: WallStatus;
  /**
   * The instant (epoch seconds) a calendar reads the rule as (RFC 5545 §3.3.5): a skipped time on the offset
   * before the jump (02:30 becomes 03:30), a repeated one at its first happening.
   */
  ruleStart: number;
  /** Both instants of a repeated wall time, earlier first. */
  candidates?: [number, number];
  /** The zone's UTC offset at ruleStart, so the preview can mark where it changes between occurrences. */
  offsetMinutes: number;
}

export interface SeriesStart {
  date: string;
  time: string;
  timeZone: string;
}

export interface SeriesExpansion {
  occurrences: ExpandedOccurrence[];
  /** The rule gives more occurrences than a series may have (only the first maximum + 1 are listed). */
  overLimit: boolean;
}

const DAY_MS = 86_400_000;
const pad = (n: number, width = 2) => String(n).padStart(width, "0");

/** A floating date (its UTC fields are the wall date and time) as "YYYY-MM-DD" and "HH:MM". */
const wallOf = (d: Date) => ({
  date: `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`,
  time: `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`,
});

function placeInZone(index: number, floating: Date, timeZone: string): ExpandedOccurrence {
  const { date, time } = wallOf(floating);
  const result = zonedWallTimeToEpoch(date, time, timeZone);
  let wall: WallStatus = "ok";
  let ruleStart: number;
  let candidates: [number, number] | undefined;
  if (result.ok) ruleStart = result.epochSeconds;
  else if (result.reason === "ambiguous" && result.candidates?.length === 2) {
    wall = "repeated";
    candidates = [result.candidates[0]!, result.candidates[1]!];
    ruleStart = candidates[0];
  } else {
    wall = "skipped";
    // The offset in force a day earlier is the one before the jump.
    const local = floating.getTime();
    ruleStart = (local - offsetMsAt(local - DAY_MS, timeZone)) / 1000;
  }
  return {
    index,
    date,
    time,
    wall,
    ruleStart,
    candidates,
    offsetMinutes: zoneOffsetMinutes(timeZone, ruleStart),
  };
}

/**
 * Every occurrence of a series. The rule is expanded in floating wall time (rrule's own zone handling
 * shifts the clock across offset changes), then each wall date and time becomes an instant in the
 * meeting's zone with the app's own conversion: 09:00 in Berlin stays 09:00 across DST, and a time the
 * clocks skip or repeat is found per occurrence. Browser and server run this same code.
 */
export function expandSeries(rule: RepeatRule, start: SeriesStart): SeriesExpansion {
  const day = parseDate(start.date);
  const clock = parseTime(start.time);
  if (!day || !clock) return { occurrences: [], overLimit: false };
  const dtstart = new Date(wallPartsToUtcMs({ ...day, ...clock, second: 0 }));
  const until = rule.ends === "until" ? parseDate(rule.until) : null;
  const limit = SERIES_LIMITS.maxOccurrences;
  const rrule = new RRule({
    ...recurrenceOptions(rule, day.day),
    dtstart,
    ...(rule.ends === "count" ? { count: Math.min(rule.count, limit + 1) } : {}),
    ...(until ? { until: new Date(wallPartsToUtcMs({ ...until, hour: 23, minute: 59, second: 59 })) } : {}),
  });
  // An end date with no count could name thousands of days: stop one past the limit.
  const dates = rrule.all((_date, i) => i < limit + 1);
  return {
    occurrences: dates.slice(0, limit + 1).map((d, i) => placeInZone(i, d, start.timeZone)),
    overLimit: dates.length > limit,
  };
}
