import { epochToWallTime } from "./wall-time";
import { formatInZone } from "./format";
import { formatOffset, zoneOffsetMinutes } from "./zone";

const DAY_MS = 86_400_000;

/** How many calendar days after the start's date, in `timeZone`, the end falls (0 on the same day). */
export function daysLater(start: number, end: number, timeZone: string): number {
  const day = (epoch: number) => Date.parse(`${epochToWallTime(epoch, timeZone).date}T00:00:00Z`);
  return Math.round((day(end) - day(start)) / DAY_MS);
}

/**
 * The wall clock at an instant, 24-hour in every language the app speaks ("09:00"; "9:00" in Japanese
 * and Chinese, as their dates write it), so a list, a preview and a confirmation read alike.
 */
export function formatClock(epochSeconds: number, timeZone: string, locale?: string): string {
  if (!locale || locale === "en") return epochToWallTime(epochSeconds, timeZone).time;
  return new Intl.DateTimeFormat(locale, {
    hour: "numeric",
    minute: "2-digit",
    hourCycle: "h23",
    timeZone,
  }).format(epochSeconds * 1000);
}

/** Words for an end that falls `days` after the start's date: "(+1 day)", from the catalog. */
export type PlusDays = (days: number) => string;

/** "11:00 – 11:00 (+1 day)": a window by its clocks, the end's day counted from the start's. */
export function formatClockRange(
  start: number,
  end: number,
  timeZone: string,
  locale: string | undefined,
  plusDays: PlusDays,
): string {
  const days = daysLater(start, end, timeZone);
  const clocks = `${formatClock(start, timeZone, locale)} – ${formatClock(end, timeZone, locale)}`;
  return days === 0 ? clocks : `${clocks} ${plusDays(days)}`;
}

/**
 * "Sun, 28 Mar 2027, 11:00 – 11:00 (+1 day) (UTC+02:00)": the start's date once, the end by its clock and
 * how many days later it falls, and the zone's offset (both, when the window crosses a change).
 */
export function formatRange(
  start: number,
  end: number,
  timeZone: string,
  locale: string | undefined,
  plusDays: PlusDays,
): string {
  const startText = formatInZone(start, timeZone, locale).replace(/ \(UTC[^)]*\)$/, "");
  const days = daysLater(start, end, timeZone);
  const endText = formatClock(end, timeZone, locale) + (days === 0 ? "" : ` ${plusDays(days)}`);
  const [from, to] = [zoneOffsetMinutes(timeZone, start), zoneOffsetMinutes(timeZone, end)];
  const offsetText = from === to ? formatOffset(from) : `${formatOffset(from)} → ${formatOffset(to)}`;
  return `${startText} – ${endText} (${offsetText})`;
}

/** A stored ISO instant (created, changed, cancelled) in a meeting's zone, written like its times. */
export const formatIsoInZone = (iso: string, timeZone: string, locale?: string) =>
  formatInZone(Math.floor(Date.parse(iso) / 1000), timeZone, locale);
