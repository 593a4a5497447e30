import { RRule, type Options, type Weekday as RRuleWeekday } from "rrule";

export const WEEKDAYS = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"] as const;
export type Weekday = (typeof WEEKDAYS)[number];

export const FREQUENCIES = ["daily", "weekdays", "weekly", "monthly"] as const;
export type Frequency = (typeof FREQUENCIES)[number];

/** Which week of the month for "monthly on the nth weekday"; -1 is the last one ("last Friday"). */
export const NTH_WEEKS = [1, 2, 3, 4, -1] as const;
export type NthWeek = (typeof NTH_WEEKS)[number];

/** How a series repeats, in the form's terms. The date and time of the first day are the meeting's own. */
export interface RepeatRule {
  frequency: Frequency;
  /** Every N days, weeks or months. */
  interval: number;
  /** Weekly: on which days. */
  weekdays: Weekday[];
  /** Monthly: on the start's day of the month, or on the nth weekday. */
  monthlyBy: "date" | "weekday";
  nth: NthWeek;
  weekday: Weekday;
  ends: "count" | "until";
  count: number;
  /** "YYYY-MM-DD", the last day an occurrence may fall on. */
  until: string;
}

const RRULE_DAYS: Record<Weekday, RRuleWeekday> = {
  MO: RRule.MO,
  TU: RRule.TU,
  WE: RRule.WE,
  TH: RRule.TH,
  FR: RRule.FR,
  SA: RRule.SA,
  SU: RRule.SU,
};

/** The rule's recurrence without its start or end: what every expansion and the calendar file share. */
export function recurrenceOptions(rule: RepeatRule, startDay: number): Partial<Options> {
  const interval = rule.interval;
  switch (rule.frequency) {
    case "daily":
      return { freq: RRule.DAILY, interval };
    case "weekdays":
      return {
        freq: RRule.WEEKLY,
        interval,
        byweekday: (["MO", "TU", "WE", "TH", "FR"] as const).map((d) => RRULE_DAYS[d]),
      };
    case "weekly":
      return {
        freq: RRule.WEEKLY,
        interval,
        byweekday: WEEKDAYS.filter((d) => rule.weekdays.includes(d)).map((d) => RRULE_DAYS[d]),
      };
    case "monthly":
      return rule.monthlyBy === "date"
        ? { freq: RRule.MONTHLY, interval, bymonthday: [startDay] }
        : { freq: RRule.MONTHLY, interval, byweekday: [RRULE_DAYS[rule.weekday].nth(rule.nth)] };
  }
}

/**
 * The RRULE value of a series as created (no "RRULE:" prefix). The end is always the COUNT of occurrences
 * the rule gave, whether the admin chose a count or an end date: it names the same days, and an UNTIL
 * would have to be spelled in UTC beside a DTSTART in the meeting's zone (RFC 5545 §3.3.10).
 */
export function rruleText(rule: RepeatRule, startDay: number, count: number): string {
  const { interval, ...recurrence } = recurrenceOptions(rule, startDay);
  const every = interval !== undefined && interval > 1 ? { interval } : {};
  return RRule.optionsToString({ ...recurrence, ...every, count }).replace(/^RRULE:/, "");
}
