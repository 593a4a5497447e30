import { epochToWallTime, formatInZone, formatOffset, zoneOffsetMinutes } from "@/lib/time";

/** "Sun, 28 Mar 2027, 09:00 – 10:00 (UTC+02:00)"; the end's date is added when it falls on another day. */
export function formatRange(start: number, end: number, timeZone: string): string {
  const s = epochToWallTime(start, timeZone);
  const e = epochToWallTime(end, timeZone);
  const startText = formatInZone(start, timeZone).replace(/ \(UTC[^)]*\)$/, "");
  const endText = s.date === e.date ? e.time : formatInZone(end, timeZone).replace(/ \(UTC[^)]*\)$/, "");
  const offsets = [zoneOffsetMinutes(timeZone, start), zoneOffsetMinutes(timeZone, end)];
  const offsetText =
    offsets[0] === offsets[1]
      ? formatOffset(offsets[0]!)
      : `${formatOffset(offsets[0]!)} → ${formatOffset(offsets[1]!)}`;
  return `${startText} – ${endText} (${offsetText})`;
}

/** "Sun, 28 Mar 2027" for a day heading. */
export function formatDay(date: string): string {
  const d = new Date(`${date}T12:00:00Z`);
  return new Intl.DateTimeFormat("en-GB", {
    weekday: "short",
    day: "numeric",
    month: "short",
    year: "numeric",
    timeZone: "UTC",
  }).format(d);
}

export const wallTime = (epoch: number, timeZone: string) => epochToWallTime(epoch, timeZone).time;
