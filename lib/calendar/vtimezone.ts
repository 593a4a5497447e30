import { zoneOffsetMinutes } from "@/lib/time";
import { boundedMemo } from "./bounded-memo";
import { icsOffset, localDateTime } from "./ics-text";

export interface ZoneTransition {
  /** First second (epoch) on the new offset. */
  at: number;
  from: number;
  to: number;
}

const DAY = 86_400;

function firstSecondOn(offset: number, lo: number, hi: number, timeZone: string): number {
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2);
    if (zoneOffsetMinutes(timeZone, mid) === offset) hi = mid;
    else lo = mid;
  }
  return hi;
}

/**
 * Every UTC-offset change in `timeZone` from 1 Jan of `fromYear` to 1 Jan of `toYear + 1` (UTC), read from
 * the platform's Intl data. Daily steps are safe: real changes are weeks apart.
 */
export function zoneTransitions(timeZone: string, fromYear: number, toYear: number): ZoneTransition[] {
  const start = Date.UTC(fromYear, 0, 1) / 1000;
  const end = Date.UTC(toYear + 1, 0, 1) / 1000;
  const out: ZoneTransition[] = [];
  let prevT = start;
  let prev = zoneOffsetMinutes(timeZone, start);
  for (let t = start + DAY; t <= end; t += DAY) {
    const cur = zoneOffsetMinutes(timeZone, t);
    if (cur !== prev) out.push({ at: firstSecondOn(cur, prevT, t, timeZone), from: prev, to: cur });
    prevT = t;
    prev = cur;
  }
  return out;
}

function zoneAbbreviation(timeZone: string, epochSeconds: number): string | null {
  const part = new Intl.DateTimeFormat("en-GB", { timeZone, timeZoneName: "short" })
    .formatToParts(epochSeconds * 1000)
    .find((p) => p.type === "timeZoneName");
  return part?.value ?? null;
}

function observance(
  timeZone: string,
  kind: "STANDARD" | "DAYLIGHT",
  t: ZoneTransition,
  dtstart = localDateTime(t.at, t.from),
): string[] {
  const name = zoneAbbreviation(timeZone, t.at);
  return [
    `BEGIN:${kind}`,
    // DTSTART of an observance is the local time in force just before the change (RFC 5545 §3.6.5).
    `DTSTART:${dtstart}`,
    `TZOFFSETFROM:${icsOffset(t.from)}`,
    `TZOFFSETTO:${icsOffset(t.to)}`,
    ...(name ? [`TZNAME:${name}`] : []),
    `END:${kind}`,
  ];
}

/**
 * A VTIMEZONE built from the zone's real transitions from 1 Jan of `fromYear` to the end of `toYear`, one
 * observance per change (no RRULE to get wrong). A zone without changes gets one STANDARD observance.
 * An offset above the window's lowest one counts as daylight time.
 */
export function buildVtimezoneLinesForYears(timeZone: string, fromYear: number, toYear: number): string[] {
  const transitions = zoneTransitions(timeZone, fromYear, toYear);
  const lines = ["BEGIN:VTIMEZONE", `TZID:${timeZone}`];
  if (transitions.length === 0) {
    const at = Date.UTC(fromYear, 0, 1) / 1000;
    const offset = zoneOffsetMinutes(timeZone, at);
    lines.push(...observance(timeZone, "STANDARD", { at, from: offset, to: offset }, "19700101T000000"));
  } else {
    const standard = Math.min(...transitions.flatMap((t) => [t.from, t.to]));
    for (const t of transitions)
      lines.push(...observance(timeZone, t.to > standard ? "DAYLIGHT" : "STANDARD", t));
  }
  lines.push("END:VTIMEZONE");
  return lines;
}

/** The VTIMEZONE of one meeting: the year before, of and after `year`. */
export const buildVtimezoneLines = (timeZone: string, year: number) =>
  buildVtimezoneLinesForYears(timeZone, year - 1, year + 1);

/** A deployment's meetings use few zones; 64 (zone, year) pairs hold them with room to spare. */
export const VTIMEZONE_CACHE_LIMIT = 64;

/**
 * `build`, remembered per (zone, year) in a bounded cache. Tests pass a counting `build` to see when it
 * runs. The lines are frozen, since every caller of one (zone, year) shares them.
 */
export function cachedVtimezoneLines(
  build: (timeZone: string, year: number) => string[] = buildVtimezoneLines,
  limit = VTIMEZONE_CACHE_LIMIT,
): (timeZone: string, year: number) => readonly string[] {
  return boundedMemo(
    limit,
    // A year has no space in it, so the first space ends it and no two (zone, year) pairs share a key.
    (timeZone: string, year: number) => `${year} ${timeZone}`,
    (timeZone, year) => Object.freeze(build(timeZone, year)),
  );
}

/**
 * The VTIMEZONE for `timeZone` around `year`. Building one walks three years of the zone day by day on
 * every call, and the result changes only with the platform's zone data, so the process builds each
 * (zone, year) once and every later .ics download reuses it.
 */
export const vtimezoneLines = cachedVtimezoneLines();

/** The VTIMEZONE over whole years, for a series; remembered like the single meeting's, for the same reason. */
export const vtimezoneLinesForYears = boundedMemo(
  VTIMEZONE_CACHE_LIMIT,
  (timeZone: string, fromYear: number, toYear: number) => `${fromYear}-${toYear} ${timeZone}`,
  (timeZone, fromYear, toYear): readonly string[] =>
    Object.freeze(buildVtimezoneLinesForYears(timeZone, fromYear, toYear)),
);
