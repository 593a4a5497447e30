/**
 * Zone facts read from the platform's Intl data only, so the browser form and the server action
 * agree without shipping a tz database.
 */

import { nameIntlAccepts } from "./zones/canonical";

const MINUTE_MS = 60_000;

export interface WallParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

const partFormatters = new Map<string, Intl.DateTimeFormat>();
const validity = new Map<string, true>();

/** Only real zones are remembered: caching every string a request sends would grow without bound. */
export function isValidTimeZone(timeZone: string): boolean {
  if (validity.get(timeZone)) return true;
  if (timeZone.length > 64) return false;
  // Fixed offsets ("+05:30") are accepted by newer engines but carry no DST rules: a meeting must keep its
  // IANA zone so the offset can follow the meeting date (docs/trtc-api.md §7).
  const ok = /^[A-Za-z]/.test(timeZone) && intlName(timeZone) !== null;
  if (ok && validity.size < 2048) validity.set(timeZone, true);
  return ok;
}

function intlAccepts(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat("en-US", { timeZone });
    return true;
  } catch {
    return false;
  }
}

function intlName(timeZone: string): string | null {
  return nameIntlAccepts(timeZone, intlAccepts);
}

/** The name to hand Intl for a valid zone: the zone itself, or an older name of it this engine knows. */
export function intlTimeZone(timeZone: string): string {
  return partFormatter(timeZone).resolvedOptions().timeZone;
}

export function listTimeZones(): string[] {
  const zones = Intl.supportedValuesOf("timeZone");
  return zones.includes("UTC") ? zones : [...zones, "UTC"];
}

function partFormatter(zone: string): Intl.DateTimeFormat {
  let f = partFormatters.get(zone);
  if (f) return f;
  const timeZone = intlName(zone) ?? zone;
  f = partFormatters.get(timeZone);
  if (!f) {
    // Spelling variants of one zone ("europe/berlin") share the canonical zone's formatter.
    const canonical = new Intl.DateTimeFormat("en-US", { timeZone }).resolvedOptions().timeZone;
    f = partFormatters.get(canonical);
  }
  if (!f) {
    f = new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      era: "short",
      year: "numeric",
      month: "numeric",
      day: "numeric",
      hour: "numeric",
      minute: "numeric",
      second: "numeric",
    });
    partFormatters.set(f.resolvedOptions().timeZone, f);
  }
  // The asked spelling too, so the next call skips the lookup; bounded like the validity cache.
  if (partFormatters.size < 2048) partFormatters.set(zone, f);
  return f;
}

/** The wall clock in `timeZone` at `epochMs`. Throws RangeError for an unknown zone. */
export function wallPartsAt(epochMs: number, timeZone: string): WallParts {
  const p: Record<string, string> = {};
  for (const { type, value } of partFormatter(timeZone).formatToParts(epochMs)) p[type] = value;
  const year = Number(p.year);
  return {
    year: p.era === "BC" || p.era === "B" ? 1 - year : year,
    month: Number(p.month),
    day: Number(p.day),
    // Some engines still print midnight as "24" even with h23.
    hour: Number(p.hour) % 24,
    minute: Number(p.minute),
    second: Number(p.second),
  };
}

/** Milliseconds since the epoch of a wall clock read as if it were UTC (years 0–99 included). */
export function wallPartsToUtcMs(w: WallParts): number {
  const d = new Date(0);
  d.setUTCFullYear(w.year, w.month - 1, w.day);
  d.setUTCHours(w.hour, w.minute, w.second, 0);
  return d.getTime();
}

export function offsetMsAt(epochMs: number, timeZone: string): number {
  const whole = Math.floor(epochMs / 1000) * 1000;
  return wallPartsToUtcMs(wallPartsAt(whole, timeZone)) - whole;
}

/** The UTC offset in force in `timeZone` at that instant (not today's offset). */
export function zoneOffsetMinutes(timeZone: string, epochSeconds: number): number {
  return offsetMsAt(epochSeconds * 1000, timeZone) / MINUTE_MS;
}

/** 345 → "UTC+05:45", -210 → "UTC-03:30", 0 → "UTC+00:00". */
export function formatOffset(minutes: number): string {
  const abs = Math.abs(Math.round(minutes));
  const hh = String(Math.floor(abs / 60)).padStart(2, "0");
  const mm = String(abs % 60).padStart(2, "0");
  return `UTC${minutes < 0 ? "-" : "+"}${hh}:${mm}`;
}
