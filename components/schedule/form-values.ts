import { defaultScheduleValues, type ScheduleMeetingInput } from "@/lib/schemas/meeting";
import { isValidTimeZone } from "@/lib/time";

/**
 * What the server renders: no date, time or zone yet, because the server knows neither the admin's zone
 * nor their clock, and a guess would differ from the browser's first render (a hydration mismatch).
 */
export function serverRenderedValues(roomId: string, maxSeats: number): ScheduleMeetingInput {
  const values = defaultScheduleValues(0, "UTC", { roomId, maxSeats });
  return { ...values, schedule: { date: "", time: "", timeZone: "", durationMinutes: 30 } };
}

export function browserTimeZone(): string {
  const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  return zone && isValidTimeZone(zone) ? zone : "UTC";
}
