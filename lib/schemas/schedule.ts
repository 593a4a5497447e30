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

/**
 * Who asks which instant a wall time the clocks skip or repeat means: a single meeting asks in its time
 * section; a series asks per occurrence in its own table (lib/series/plan.ts), the start date included when
 * the rule gives it, so its start is not asked about here.
 */
export type WallTimeChoice = "single" | "series";

type ScheduleLike = { date?: unknown; time?: unknown; timeZone?: unknown; occurrence?: unknown };

/** The epoch seconds a series' start wall time names, for "not in the past": the later of two, none if skipped. */
function seriesStart(wall: ReturnType<typeof zonedWallTimeToEpoch>): number | null {
  if (wall.ok) return wall.epochSeconds;
  return wall.reason === "ambiguous" ? (wall.candidates?.at(-1) ?? null) : null;
}

/** The start's checks that need the date, time and zone together; `path` is where the schedule sits. */
export function checkScheduleStart(
  schedule: ScheduleLike,
  ctx: z.RefinementCtx,
  opts: { now: () => number; wallTime: WallTimeChoice; path?: (string | number)[] },
): void {
  const { date, time, timeZone } = schedule;
  if (typeof date !== "string" || typeof time !== "string" || typeof timeZone !== "string") return;
  const at = (field: string) => [...(opts.path ?? []), field];
  const wall = zonedWallTimeToEpoch(date, time, timeZone);
  // The current minute still counts as "now", as in Tencent's panel.
  const startOfThisMinute = Math.floor(opts.now() / 60_000) * 60;
  const inPast = (epochSeconds: number) => {
    if (epochSeconds < startOfThisMinute)
      ctx.addIssue({ code: "custom", path: at("time"), message: messages.startInPast(date, time, timeZone) });
  };
  if (opts.wallTime === "series") {
    const start = seriesStart(wall);
    if (start !== null) inPast(start);
    return;
  }
  const occurrence = OCCURRENCES.includes(schedule.occurrence as Occurrence)
    ? (schedule.occurrence as Occurrence)
    : undefined;
  // A choice is trusted only where the time really repeats, so a request cannot move a start by an hour.
  if (occurrence && wall.ok) {
    ctx.addIssue({
      code: "custom",
      path: at("occurrence"),
      message: messages.notRepeated(time, timeZone, date),
    });
    return;
  }
  const result = chooseOccurrence(wall, occurrence);
  if (result.ok) return inPast(result.epochSeconds);
  // Format and zone problems are already reported on their own fields.
  if (result.reason === "nonexistent") {
    const { from, to } = clockChange(date, timeZone);
    ctx.addIssue({
      code: "custom",
      path: at("time"),
      message: messages.skippedTime(time, timeZone, date, from, to),
    });
  } else if (result.reason === "ambiguous") {
    ctx.addIssue({
      code: "custom",
      path: at("occurrence"),
      message: chooseMessage(date, time, timeZone, result.candidates ?? []),
    });
  }
}

/** The schedule's fields alone; their checks across fields are `checkScheduleStart`. */
export const scheduleFieldsSchema = z.object({
  date: dateSchema,
  time: z.string().regex(TIME_PATTERN, messages.timeFormat),
  timeZone: timeZoneSchema,
  durationMinutes: durationSchema,
  /** Which instant a wall time that happens twice means; only on such a time, and only for a single meeting. */
  occurrence: z.enum(OCCURRENCES, { error: messages.occurrenceValue }).optional(),
});

/** Run even when the duration failed its type check: the time error is independent of it. */
export const whenAnObject = { when: (payload: { value: unknown }) => isRecord(payload.value) };

/** A single meeting's schedule. `now` is injected so tests and the server action agree on "the past"; ms. */
export const makeScheduleSchema = (now: () => number) =>
  scheduleFieldsSchema.superRefine(
    (schedule, ctx) => checkScheduleStart(schedule, ctx, { now, wallTime: "single" }),
    whenAnObject,
  );
