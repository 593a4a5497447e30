import { z } from "zod";
import { expandSeries } from "@/lib/series/expand";
import { SERIES_LIMITS } from "@/lib/series/limits";
import { planSeries } from "@/lib/series/plan";
import { FREQUENCIES, NTH_WEEKS, WEEKDAYS, type RepeatRule } from "@/lib/series/rule";
import { utf8Bytes } from "@/lib/trtc/limits";
import { DATE_PATTERN, parseDate } from "@/lib/time/wall-time";
import { makeScheduleMeetingSchema, type MeetingLimits } from "./meeting";
import { ref } from "./messages";
import { checkScheduleStart, scheduleFieldsSchema, whenAnObject, type WallTimeChoice } from "./schedule";

const { maxOccurrences, maxInterval, maxYearsAhead, roomIdBaseMaxBytes } = SERIES_LIMITS;

const whole = (key: string, min: number, max: number) =>
  z
    .number(ref(`series.error.${key}`, { min, max }))
    .int(ref(`series.error.${key}`, { min, max }))
    .min(min, ref(`series.error.${key}`, { min, max }))
    .max(max, ref(`series.error.${key}`, { min, max }));

/** The Repeat part of the schedule form; `enabled: false` is a single meeting and the rest is ignored. */
export const repeatSchema = z.object({
  enabled: z.boolean(),
  frequency: z.enum(FREQUENCIES),
  interval: whole("interval", 1, maxInterval),
  weekdays: z.array(z.enum(WEEKDAYS)).max(WEEKDAYS.length),
  monthlyBy: z.enum(["date", "weekday"]),
  nth: z.union(NTH_WEEKS.map((n) => z.literal(n))),
  weekday: z.enum(WEEKDAYS),
  ends: z.enum(["count", "until"]),
  count: whole("count", 2, maxOccurrences),
  until: z.string(),
  // Any text per date: a choice that is not one of the occurrence's own leaves it undecided (said below).
  choices: z.record(z.string(), z.string()),
});

export type RepeatValues = z.output<typeof repeatSchema>;

export const defaultRepeatValues = (): RepeatValues => ({
  enabled: false,
  frequency: "weekly",
  interval: 1,
  weekdays: [],
  monthlyBy: "date",
  nth: 1,
  weekday: "MO",
  ends: "count",
  count: 10,
  until: "",
  choices: {},
});

export const toRepeatRule = (r: RepeatValues): RepeatRule => ({
  frequency: r.frequency,
  interval: r.interval,
  weekdays: r.weekdays,
  monthlyBy: r.monthlyBy,
  nth: r.nth,
  weekday: r.weekday,
  ends: r.ends,
  count: r.count,
  until: r.until,
});

const yearAfter = (date: string) => {
  const d = parseDate(date)!;
  return `${String(d.year + maxYearsAhead).padStart(4, "0")}${date.slice(4)}`;
};

type Issue = { path: (string | number)[]; message: string };

/** The rule's own problems, then the expanded series' (the limit, the wall times still to decide). */
export function seriesIssues(v: {
  roomId: string;
  schedule: { date: string; time: string; timeZone: string };
  repeat: RepeatValues;
}): Issue[] {
  const { repeat, schedule } = v;
  const issues: Issue[] = [];
  const bytes = utf8Bytes(v.roomId);
  if (bytes > roomIdBaseMaxBytes)
    issues.push({
      path: ["roomId"],
      message: ref("series.error.roomIdBase", { bytes, max: roomIdBaseMaxBytes }),
    });
  if (repeat.frequency === "weekly" && repeat.weekdays.length === 0)
    issues.push({ path: ["repeat", "weekdays"], message: ref("series.error.noWeekdays") });
  if (repeat.ends === "until") {
    if (!DATE_PATTERN.test(repeat.until) || !parseDate(repeat.until))
      issues.push({ path: ["repeat", "until"], message: ref("series.error.untilFormat") });
    else if (parseDate(schedule.date)) {
      const latest = yearAfter(schedule.date);
      if (repeat.until < schedule.date)
        issues.push({
          path: ["repeat", "until"],
          message: ref("series.error.untilBeforeStart", { start: schedule.date }),
        });
      else if (repeat.until > latest)
        issues.push({
          path: ["repeat", "until"],
          message: ref("series.error.untilTooFar", { latest, years: maxYearsAhead }),
        });
    }
  }
  if (issues.length > 0) return issues;

  const expansion = expandSeries(toRepeatRule(repeat), schedule);
  const endField = repeat.ends === "count" ? "count" : "until";
  if (expansion.overLimit)
    issues.push({
      path: ["repeat", endField],
      message: ref("series.error.tooMany", { max: maxOccurrences }),
    });
  else if (expansion.occurrences.length === 0)
    issues.push({ path: ["repeat", endField], message: ref("series.error.none") });
  for (const o of planSeries(expansion, v.roomId, repeat.choices).unresolved) {
    const key = o.wall === "skipped" ? "series.error.skippedChoice" : "series.error.repeatedChoice";
    const values = { date: o.date, time: o.time, zone: schedule.timeZone };
    issues.push({ path: ["repeat", "choices", o.date], message: ref(key, values) });
  }
  return issues;
}

/**
 * The single meeting's fields with the Repeat part. The start's wall time is asked about once: by the
 * time section for one meeting, by the series' own table (repeat.choices) for a series.
 */
function withRepeat<T extends z.ZodRawShape>(
  limits: MeetingLimits,
  extra: T,
  wallTime: (v: unknown) => WallTimeChoice,
) {
  const now = limits.now ?? Date.now;
  return makeScheduleMeetingSchema(limits)
    .extend({ schedule: scheduleFieldsSchema, repeat: repeatSchema, ...extra })
    .superRefine((v, ctx) => {
      const schedule: unknown = (v as { schedule?: unknown }).schedule;
      if (typeof schedule === "object" && schedule !== null)
        checkScheduleStart(schedule, ctx, { now, wallTime: wallTime(v), path: ["schedule"] });
    }, whenAnObject);
}

const repeating = (v: unknown) => (v as { repeat?: { enabled?: unknown } }).repeat?.enabled === true;

/**
 * The schedule form's schema: the single meeting's, plus its Repeat part. A series is checked as a whole
 * before anything is sent: its limit, its end date, the Room ID base's room for the date, and a choice for
 * every occurrence on a wall time the clocks skip or repeat.
 */
export function makeScheduleFormSchema(limits: MeetingLimits) {
  return withRepeat(limits, {}, (v) => (repeating(v) ? "series" : "single")).superRefine((v, ctx) => {
    if (!v.repeat.enabled) return;
    for (const issue of seriesIssues(v)) ctx.addIssue({ code: "custom", ...issue });
  });
}

export type ScheduleFormSchema = ReturnType<typeof makeScheduleFormSchema>;
export type ScheduleFormInput = z.input<ScheduleFormSchema>;
export type ScheduleFormValues = z.output<ScheduleFormSchema>;

/** What the create-series action parses: the form's values with the series' id, so a resend is recognised. */
export function makeCreateSeriesSchema(limits: MeetingLimits) {
  return withRepeat(limits, { seriesId: z.uuid(ref("series.error.seriesId")) }, () => "series").superRefine(
    (v, ctx) => {
      if (!v.repeat.enabled)
        ctx.addIssue({
          code: "custom",
          path: ["repeat", "enabled"],
          message: ref("series.error.notRepeating"),
        });
      else for (const issue of seriesIssues(v)) ctx.addIssue({ code: "custom", ...issue });
    },
  );
}

export type CreateSeriesRequest = z.output<ReturnType<typeof makeCreateSeriesSchema>>;
