import type { MeetingFormSettings } from "@/lib/meetings/meeting-values";
import { defaultScheduleValues, type ScheduleMeetingInput } from "@/lib/schemas/meeting";
import { canonicalZone, isValidTimeZone } from "@/lib/time";

/**
 * What the server renders: no date, time or zone yet, because the server knows neither the admin's zone
 * nor their clock, and a guess would differ from the browser's first render (a hydration mismatch).
 */
export function serverRenderedValues(
  roomId: string,
  maxSeats: number,
  copied?: MeetingFormSettings,
): ScheduleMeetingInput {
  const values = withCopied(defaultScheduleValues(0, "UTC", { roomId, maxSeats }), copied);
  return { ...values, schedule: { date: "", time: "", timeZone: "", durationMinutes: 30 } };
}

/** Duplicate: a meeting's settings and invitees over the form's defaults; its own seat count when it had seats. */
export function withCopied(values: ScheduleMeetingInput, copied?: MeetingFormSettings): ScheduleMeetingInput {
  if (!copied) return values;
  return { ...values, ...copied, seats: copied.seats.enabled ? copied.seats : values.seats };
}

export function browserTimeZone(): string {
  const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  // Under its current name: Chromium reports "Asia/Calcutta" for Kolkata, people look for Kolkata.
  return zone && isValidTimeZone(zone) ? canonicalZone(zone) : "UTC";
}
