import { epochToWallTime, zonedWallTimeToEpoch } from "./wall-time";
import { formatOffset, zoneOffsetMinutes } from "./zone";

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

/**
 * "Sun, 28 Mar 2027, 09:00 (UTC+02:00)". The default layout is assembled from parts because ICU versions
 * disagree on en-GB punctuation and server and browser must render the same string.
 */
export function formatInZone(epochSeconds: number, timeZone: string, locale?: string): string {
  const offset = ` (${formatOffset(zoneOffsetMinutes(timeZone, epochSeconds))})`;
  if (locale) {
    return (
      new Intl.DateTimeFormat(locale, { ...FORMAT_OPTIONS, timeZone }).format(epochSeconds * 1000) + offset
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
