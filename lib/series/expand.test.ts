import { describe, expect, it } from "vitest";
import { defaultRepeatValues, toRepeatRule } from "@/lib/schemas/series";
import { epochToWallTime } from "@/lib/time/wall-time";
import { expandSeries } from "./expand";
import { planSeries } from "./plan";
import { rruleText, type RepeatRule } from "./rule";

const rule = (over: Partial<RepeatRule>): RepeatRule => ({ ...toRepeatRule(defaultRepeatValues()), ...over });

describe("expandSeries", () => {
  it("keeps weekly Tuesdays at 09:00 in Berlin across the late-October change", () => {
    const { occurrences, overLimit } = expandSeries(rule({ weekdays: ["TU"], count: 10 }), {
      date: "2027-09-28",
      time: "09:00",
      timeZone: "Europe/Berlin",
    });
    expect(overLimit).toBe(false);
    expect(occurrences.map((o) => o.date)).toEqual([
      "2027-09-28",
      "2027-10-05",
      "2027-10-12",
      "2027-10-19",
      "2027-10-26",
      "2027-11-02",
      "2027-11-09",
      "2027-11-16",
      "2027-11-23",
      "2027-11-30",
    ]);
    for (const o of occurrences) expect(epochToWallTime(o.ruleStart, "Europe/Berlin").time).toBe("09:00");
    expect(occurrences.map((o) => o.offsetMinutes)).toEqual([120, 120, 120, 120, 120, 60, 60, 60, 60, 60]);
    expect(new Date(occurrences[4]!.ruleStart * 1000).toISOString()).toBe("2027-10-26T07:00:00.000Z");
    expect(new Date(occurrences[5]!.ruleStart * 1000).toISOString()).toBe("2027-11-02T08:00:00.000Z");
  });

  it("finds the last Friday of each month in Sydney, across both of its changes", () => {
    const { occurrences } = expandSeries(
      rule({ frequency: "monthly", monthlyBy: "weekday", nth: -1, weekday: "FR", count: 8 }),
      { date: "2027-03-01", time: "18:30", timeZone: "Australia/Sydney" },
    );
    expect(occurrences.map((o) => o.date)).toEqual([
      "2027-03-26",
      "2027-04-30",
      "2027-05-28",
      "2027-06-25",
      "2027-07-30",
      "2027-08-27",
      "2027-09-24",
      "2027-10-29",
    ]);
    for (const o of occurrences) expect(epochToWallTime(o.ruleStart, "Australia/Sydney").time).toBe("18:30");
    expect(occurrences.map((o) => o.offsetMinutes)).toEqual([660, 600, 600, 600, 600, 600, 600, 660]);
  });

  it("flags a skipped and a repeated wall time and reads them as a calendar does", () => {
    const spring = expandSeries(rule({ frequency: "weekly", weekdays: ["SU"], count: 3 }), {
      date: "2027-03-21",
      time: "02:30",
      timeZone: "Europe/Berlin",
    }).occurrences;
    expect(spring.map((o) => o.wall)).toEqual(["ok", "skipped", "ok"]);
    expect(epochToWallTime(spring[1]!.ruleStart, "Europe/Berlin")).toEqual({
      date: "2027-03-28",
      time: "03:30",
    });

    const autumn = expandSeries(rule({ frequency: "daily", count: 2 }), {
      date: "2027-10-30",
      time: "02:30",
      timeZone: "Europe/Berlin",
    });
    expect(autumn.occurrences[1]!.wall).toBe("repeated");
    const plan = planSeries(autumn, "ops", { "2027-10-31": "later" });
    expect(plan.unresolved).toEqual([]);
    expect(plan.occurrences[1]!.start - plan.occurrences[1]!.originalStart).toBe(3600);
    expect(planSeries(autumn, "ops", {}).unresolved.map((o) => o.date)).toEqual(["2027-10-31"]);
  });

  it("stops one past the limit however far the end date is", () => {
    const daily = expandSeries(rule({ frequency: "daily", ends: "until", until: "2027-12-31" }), {
      date: "2027-01-01",
      time: "10:00",
      timeZone: "UTC",
    });
    expect(daily.overLimit).toBe(true);
    expect(daily.occurrences).toHaveLength(51);
  });

  it("spells the rule as RRULE with the count of occurrences", () => {
    expect(rruleText(rule({ frequency: "daily", interval: 2 }), 1, 5)).toBe("FREQ=DAILY;INTERVAL=2;COUNT=5");
    expect(rruleText(rule({ weekdays: ["TU"] }), 28, 10)).toBe("FREQ=WEEKLY;BYDAY=TU;COUNT=10");
    expect(
      rruleText(rule({ frequency: "monthly", monthlyBy: "weekday", nth: -1, weekday: "FR" }), 1, 3),
    ).toBe("FREQ=MONTHLY;BYDAY=-1FR;COUNT=3");
  });
});
