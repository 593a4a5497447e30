import { epochToWallTime, zonedWallTimeToEpoch } from "./wall-time";
import { formatOffset, intlTimeZone, zoneOffsetMinutes } from "./zone";

const QUARTER_MS = 15 * 60_000;

const FORMAT_OPTIONS: Intl.DateTimeFormatOptions = {
  weekday: "short",
  day: "numeric",
  month: "short",
  year: "numeric",
  hour: "2-digit",
  minute: "2-digit",
  hourCycle: "h23",
};

/** Other languages in their own form (2027年3月28日(日) 9:00), hours as the locale counts them. */
const LOCALE_OPTIONS: Intl.DateTimeFormatOptions = {
  weekday: "short",
  day: "numeric",
  month: "long",
  year: "numeric",
  hour: "numeric",
  minute: "2-digit",
};

const DAY_OPTIONS: Intl.DateTimeFormatOptions = {
  weekday: "short",
  day: "numeric",
  month: "short",
  year: "numeric",
  timeZone: "UTC",
};

const isEnglish = (locale: string | undefined) => !locale || locale === "en";

/**
 * The one date-and-time formatter: every date a person reads goes through this module with the viewer's
 * locale. "Sun, 28 Mar 2027, 09:00 (UTC+02:00)" in English, assembled from parts because ICU versions
 * disagree on en-GB punctuation and server and browser must render the same string; Japanese and
 * Chinese in their own order, weekday and clock ("2027年3月28日(日) 9:00 (UTC+02:00)").
 */
export function formatInZone(epochSeconds: number, zone: string, locale?: string): string {
  const timeZone = intlTimeZone(zone);
  const offset = ` (${formatOffset(zoneOffsetMinutes(timeZone, epochSeconds))})`;
  if (!isEnglish(locale)) {
    return (
      new Intl.DateTimeFormat(locale, { ...LOCALE_OPTIONS, timeZone }).format(epochSeconds * 1000) + offset
    );
  }
  const p: Record<string, string> = {};
  const parts = new Intl.DateTimeFormat("en-GB", { ...FORMAT_OPTIONS, timeZone }).formatToParts(
    epochSeconds * 1000,
  );
  for (const { type, value } of parts) p[type] = value;
  const { time } = epochToWallTime(epochSeconds, timeZone);
  return `${p.weekday}, ${p.day} ${p.month} ${p.year}, ${time}${offset}`;
}

/** "Sun, 28 Mar 2027" for a day heading; "2027年3月28日(日)" in Japanese. `date` is YYYY-MM-DD. */
export function formatDay(date: string, locale?: string): string {
  const d = new Date(`${date}T12:00:00Z`);
  if (!isEnglish(locale)) {
    return new Intl.DateTimeFormat(locale, { ...DAY_OPTIONS, month: "long" }).format(d);
  }
  return new Intl.DateTimeFormat("en-GB", DAY_OPTIONS).format(d);
}

/** An instant in the viewer's zone to the second, with the zone's name in the viewer's language. */
export function formatLocalInstant(iso: string, timeZone: string, locale?: string): string {
  return new Intl.DateTimeFormat(isEnglish(locale) ? "en-GB" : locale, {
    year: "numeric",
    month: "short",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
    hourCycle: "h23",
    timeZone,
    timeZoneName: "short",
  }).format(new Date(iso));
}

/**
 * The default start: now rounded up to the next 15-minute mark (a time already on a mark stays), as
 * Tencent's panel does. Every current zone offset is a multiple of 15 minutes, so rounding the instant
 * rounds the wall clock. A mark inside a repeated hour is skipped so the default never fails validation.
 */
export function nextQuarterHour(nowMs: number, timeZone: string): { date: string; time: string } {
  let t = Math.ceil(nowMs / QUARTER_MS) * QUARTER_MS;
  for (let i = 0; i < 12; i++) {
    const wall = epochToWallTime(t / 1000, timeZone);
    if (zonedWallTimeToEpoch(wall.date, wall.time, timeZone).ok) return wall;
    t += QUARTER_MS;
  }
  return epochToWallTime(t / 1000, timeZone);
}
