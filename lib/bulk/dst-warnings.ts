import { ref } from "@/lib/schemas/messages";
import { dstChangeOnDate } from "@/lib/time/dst";
import { epochToWallTime } from "@/lib/time/wall-time";
import { formatOffset } from "@/lib/time/zone";
import type { CheckedRow } from "./check-rows";

/** "HH:MM" read off a clock running at `offsetMinutes` at that instant. */
const clockAt = (epochSeconds: number, offsetMinutes: number) =>
  new Date((epochSeconds + offsetMinutes * 60) * 1000).toISOString().slice(11, 16);

/**
 * The schedule form's warning, per row: the clocks change in the meeting's zone on its day, or while it
 * runs past midnight, so the admin checks the start and end are the times they mean. A time the change
 * skips or repeats is already an error from the shared schema.
 */
export function markClockChanges(rows: CheckedRow[]): void {
  for (const row of rows) {
    if (!row.values || row.start === null) continue;
    const { date, timeZone, durationMinutes } = row.values.schedule;
    const end = row.start + durationMinutes * 60;
    const endDate = epochToWallTime(end, timeZone).date;
    const onStartDay = dstChangeOnDate(date, timeZone);
    // A meeting running past midnight into the day of a change is warned of only if it is still on then.
    const onEndDay = endDate === date ? null : dstChangeOnDate(endDate, timeZone);
    const found = onStartDay
      ? { day: date, change: onStartDay }
      : onEndDay && onEndDay.at < end
        ? { day: endDate, change: onEndDay }
        : null;
    if (found) {
      const { day, change } = found;
      row.warnings.push({
        column: "date",
        message: ref("scheduleForm.clocksChange", {
          zone: timeZone,
          date: day,
          from: clockAt(change.at, change.fromOffset),
          to: clockAt(change.at, change.toOffset),
          fromOffset: formatOffset(change.fromOffset),
          toOffset: formatOffset(change.toOffset),
        }),
      });
    }
  }
}
