import { describe, expect, it } from "vitest";
import {
  defaultRepeatValues,
  makeCreateSeriesSchema,
  makeScheduleFormSchema,
  type RepeatValues,
} from "./series";
import { issuesByPath, MAX_MEMBERS, MAX_SEATS, NOW_MS, validInput } from "./test-utils";

const limits = { maxMembers: MAX_MEMBERS, maxSeats: MAX_SEATS, now: () => NOW_MS };
const formSchema = makeScheduleFormSchema(limits);
const createSchema = makeCreateSeriesSchema(limits);

// 2027-10-31 is the Sunday Berlin's clocks go back from 03:00 to 02:00: 02:30 happens twice.
const repeatedStart = { date: "2027-10-31", time: "02:30", timeZone: "Europe/Berlin", durationMinutes: 30 };

function input(repeat: Partial<RepeatValues>, schedule: Record<string, unknown> = repeatedStart) {
  return {
    ...validInput({ roomId: "weekly" }),
    schedule: schedule as ReturnType<typeof validInput>["schedule"],
    repeat: { ...defaultRepeatValues(), enabled: true, frequency: "daily" as const, count: 3, ...repeat },
  };
}
const seriesId = "6f1c1e8e-2f4b-4a57-9a0c-6a1d3c1f2b11";

describe("a series starting on a wall time that happens twice", () => {
  it("is asked once, in the series' table, and the table's answer is enough", () => {
    expect(issuesByPath(formSchema.safeParse(input({})))).toEqual({
      "repeat.choices.2027-10-31": [
        "Choose which 02:30 on 2027-10-31: it happens twice in Europe/Berlin that day",
      ],
    });
    const decided = input({ choices: { "2027-10-31": "later" } });
    expect(issuesByPath(formSchema.safeParse(decided))).toEqual({});
    expect(issuesByPath(createSchema.safeParse({ ...decided, seriesId }))).toEqual({});
  });

  it("leaves a start the clocks skip to the table too", () => {
    const skipped = input({}, { ...repeatedStart, date: "2027-03-28" });
    expect(issuesByPath(formSchema.safeParse(skipped))).toEqual({
      "repeat.choices.2027-03-28": [
        "Choose what happens on 2027-03-28: 02:30 does not exist in Europe/Berlin that day",
      ],
    });
  });

  it("is not asked at all when the rule leaves the start date out", () => {
    const tuesdays = input({ frequency: "weekly", weekdays: ["TU"] });
    expect(issuesByPath(formSchema.safeParse(tuesdays))).toEqual({});
    expect(issuesByPath(createSchema.safeParse({ ...tuesdays, seriesId }))).toEqual({});
  });

  it("ignores a single meeting's choice a hand-made request sends with a series", () => {
    const sent = input({ choices: { "2027-10-31": "earlier" } }, { ...repeatedStart, time: "09:00" });
    const withChoice = { ...sent, schedule: { ...sent.schedule, occurrence: "second" }, seriesId };
    expect(issuesByPath(createSchema.safeParse(withChoice))).toEqual({});
  });

  it("still asks in the time section for a single meeting, and refuses a series start in the past", () => {
    const single = input({ enabled: false });
    expect(Object.keys(issuesByPath(formSchema.safeParse(single)))).toEqual(["schedule.occurrence"]);
    const past = input({}, { ...repeatedStart, date: "2026-12-01", time: "09:00" });
    expect(issuesByPath(formSchema.safeParse(past))).toEqual({
      "schedule.time": ["The start (2026-12-01 09:00, Europe/Berlin) is in the past"],
    });
  });
});
