import { z } from "zod";
import { ROOM_LIMITS } from "@/lib/trtc/limits";
import { dstChangeOnDate } from "@/lib/time/dst";
import {
  DATE_PATTERN,
  OCCURRENCES,
  TIME_PATTERN,
  parseDate,
  chooseOccurrence,
  zonedWallTimeToEpoch,
  type Occurrence,
} from "@/lib/time/wall-time";
import { formatOffset, isValidTimeZone, zoneOffsetMinutes } from "@/lib/time/zone";
import { messages } from "./messages";

const MIN_MINUTES = ROOM_LIMITS.minDurationSeconds / 60;
const MAX_MINUTES = ROOM_LIMITS.maxDurationSeconds / 60;

const dateSchema = z
  .string()
  .regex(DATE_PATTERN, messages.dateFormat)
  .refine((date) => !DATE_PATTERN.test(date) || parseDate(date) !== null, {
    error: (issue) => messages.notACalendarDay(String(issue.input)),
  });

const timeZoneSchema = z.string().refine(isValidTimeZone, {
  error: (issue) => messages.unknownZone(String(issue.input)),
});

const durationSchema = z
  .number({ error: messages.durationNumber })
  .int(messages.durationWhole)
  .min(MIN_MINUTES, messages.durationMin(MIN_MINUTES))
  .max(MAX_MINUTES, messages.durationMax(MAX_MINUTES));

/** Wall clock of `date` reached at an instant, as "HH:MM"; "midnight" for the end of the day (Santiago). */
function wallOnDate(date: string, epochSeconds: number, offsetMinutes: number): string {
  const d = parseDate(date)!;
  const minutes = (epochSeconds - Date.UTC(d.year, d.month - 1, d.day) / 1000) / 60 + offsetMinutes;
  if (minutes === 24 * 60) return "midnight";
  return `${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`;
}

function clockChange(date: string, zone: string): { from: string; to: string } {
  const change = dstChangeOnDate(date, zone);
  const from = change ? wallOnDate(date, change.at, change.fromOffset) : "?";
  const to = change ? wallOnDate(date, change.at, change.toOffset) : "?";
  return { from, to };
}

/** Both instants named by their offsets, so the admin picks "the 01:30 at UTC+00:00" rather than guessing. */
function chooseMessage(date: string, time: string, zone: string, candidates: number[]): string {
  const offsetAt = (at: number | undefined) =>
    at === undefined ? "?" : formatOffset(zoneOffsetMinutes(zone, at));
  const [first, second] = [offsetAt(candidates[0]), offsetAt(candidates.at(-1))];
  return messages.chooseOccurrence({ time, zone, date, ...clockChange(date, zone), first, second });
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null;

/** `now` is injected so tests and the server action agree on "the past"; it returns milliseconds. */
export const makeScheduleSchema = (now: () => number) =>
  z
    .object({
      date: dateSchema,
      time: z.string().regex(TIME_PATTERN, messages.timeFormat),
      timeZone: timeZoneSchema,
      durationMinutes: durationSchema,
      /** Which instant a wall time that happens twice means; only on such a time. */
      occurrence: z.enum(OCCURRENCES, { error: messages.occurrenceValue }).optional(),
    })
    .superRefine(
      (schedule, ctx) => {
        const { date, time, timeZone } = schedule;
        if (typeof date !== "string" || typeof time !== "string" || typeof timeZone !== "string") return;
        const wall = zonedWallTimeToEpoch(date, time, timeZone);
        const occurrence = OCCURRENCES.includes(schedule.occurrence as Occurrence)
          ? schedule.occurrence
          : undefined;
        // A choice is trusted only where the time really repeats, so a request cannot move a start by an hour.
        if (occurrence && wall.ok) {
          ctx.addIssue({
            code: "custom",
            path: ["occurrence"],
            message: messages.notRepeated(time, timeZone, date),
          });
          return;
        }
        const result = chooseOccurrence(wall, occurrence);
        if (!result.ok) {
          // Format and zone problems are already reported on their own fields.
          if (result.reason === "nonexistent") {
            const { from, to } = clockChange(date, timeZone);
            ctx.addIssue({
              code: "custom",
              path: ["time"],
              message: messages.skippedTime(time, timeZone, date, from, to),
            });
          } else if (result.reason === "ambiguous") {
            ctx.addIssue({
              code: "custom",
              path: ["occurrence"],
              message: chooseMessage(date, time, timeZone, result.candidates ?? []),
            });
          }
          return;
        }
        // The current minute still counts as "now", as in Tencent's panel.
        const startOfThisMinute = Math.floor(now() / 60_000) * 60;
        if (result.epochSeconds < startOfThisMinute) {
          ctx.addIssue({
            code: "custom",
            path: ["time"],
            message: messages.startInPast(date, time, timeZone),
          });
        }
      },
      // Run even when the duration failed its type check: the time error is independent of it.
      { when: (payload) => isRecord(payload.value) },
    );
