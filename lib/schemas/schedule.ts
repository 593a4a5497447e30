import { z } from "zod";
import { ROOM_LIMITS } from "@/lib/trtc/limits";
import { dstChangeOnDate } from "@/lib/time/dst";
import { DATE_PATTERN, TIME_PATTERN, parseDate, zonedWallTimeToEpoch } from "@/lib/time/wall-time";
import { isValidTimeZone } from "@/lib/time/zone";
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

function changeMessage(kind: "nonexistent" | "ambiguous", date: string, time: string, zone: string): string {
  const change = dstChangeOnDate(date, zone);
  const from = change ? wallOnDate(date, change.at, change.fromOffset) : "?";
  const to = change ? wallOnDate(date, change.at, change.toOffset) : "?";
  return kind === "nonexistent"
    ? messages.skippedTime(time, zone, date, from, to)
    : messages.repeatedTime(time, zone, date, from, to);
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
    })
    .superRefine(
      (schedule, ctx) => {
        const { date, time, timeZone } = schedule;
        if (typeof date !== "string" || typeof time !== "string" || typeof timeZone !== "string") return;
        const result = zonedWallTimeToEpoch(date, time, timeZone);
        if (!result.ok) {
          // Format and zone problems are already reported on their own fields.
          if (result.reason === "nonexistent" || result.reason === "ambiguous") {
            ctx.addIssue({
              code: "custom",
              path: ["time"],
              message: changeMessage(result.reason, date, time, timeZone),
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
