import { epochToWallTime, formatInZone, formatOffset, zoneOffsetMinutes } from "@/lib/time";

export { formatDay } from "@/lib/time";

/** "Sun, 28 Mar 2027, 09:00 – 10:00 (UTC+02:00)"; the end's date is added when it falls on another day. */
export function formatRange(start: number, end: number, timeZone: string, locale?: string): string {
  const s = epochToWallTime(start, timeZone);
  const e = epochToWallTime(end, timeZone);
  const bare = (epoch: number) => formatInZone(epoch, timeZone, locale).replace(/ \(UTC[^)]*\)$/, "");
  const startText = bare(start);
  const endText = s.date === e.date ? e.time : bare(end);
  const offsets = [zoneOffsetMinutes(timeZone, start), zoneOffsetMinutes(timeZone, end)];
  const offsetText =
    offsets[0] === offsets[1]
      ? formatOffset(offsets[0]!)
      : `${formatOffset(offsets[0]!)} → ${formatOffset(offsets[1]!)}`;
  return `${startText} – ${endText} (${offsetText})`;
}

export const wallTime = (epoch: number, timeZone: string) => epochToWallTime(epoch, timeZone).time;
