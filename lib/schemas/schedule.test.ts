import { describe, expect, it } from "vitest";
import { scheduleWindow } from "./create-room-body";
import { makeScheduleMeetingSchema } from "./meeting";
import { issuesByPath, MAX_MEMBERS, MAX_SEATS, schema, validInput } from "./test-utils";

type Schedule = ReturnType<typeof validInput>["schedule"];
const at = (patch: Partial<Schedule>) =>
  issuesByPath(schema.safeParse(validInput({ schedule: { ...validInput().schedule, ...patch } })));

describe("duration", () => {
  it.each([
    [5, {}],
    [4, { "schedule.durationMinutes": ["Duration must be at least 5 minutes"] }],
    [1440, {}],
    [1441, { "schedule.durationMinutes": ["Duration can be at most 24 hours (1440 minutes)"] }],
    [30.5, { "schedule.durationMinutes": ["Duration must be whole minutes"] }],
    [NaN, { "schedule.durationMinutes": ["Enter the duration in minutes"] }],
  ])("%d minutes → %j", (durationMinutes, expected) => {
    expect(at({ durationMinutes })).toEqual(expected);
  });
});

describe("date, time and zone", () => {
  it("refuses a wall time a DST change skips, saying what the clocks do", () => {
    expect(at({ date: "2027-03-28", time: "02:30", timeZone: "Europe/Berlin" })).toEqual({
      "schedule.time": [
        "02:30 does not exist in Europe/Berlin on 2027-03-28: clocks jump from 02:00 to 03:00.",
      ],
    });
    expect(at({ date: "2027-10-03", time: "02:15", timeZone: "Australia/Lord_Howe" })).toEqual({
      "schedule.time": [
        "02:15 does not exist in Australia/Lord_Howe on 2027-10-03: clocks jump from 02:00 to 02:30.",
      ],
    });
  });

  it("asks which of a wall time that happens twice is meant, naming both by their offsets", () => {
    expect(at({ date: "2027-10-31", time: "02:30", timeZone: "Europe/Berlin" })).toEqual({
      "schedule.occurrence": [
        "02:30 happens twice in Europe/Berlin on 2027-10-31: clocks go back from 03:00 to 02:00. " +
          "Choose the first (UTC+02:00) or the second (UTC+01:00).",
      ],
    });
  });

  it.each([
    // 02:30 CEST is 00:30 UTC; 02:30 CET an hour later.
    ["first", Date.UTC(2027, 9, 31, 0, 30) / 1000],
    ["second", Date.UTC(2027, 9, 31, 1, 30) / 1000],
  ] as const)("the %s 02:30 is the instant the start resolves to", (occurrence, start) => {
    const input = validInput({
      schedule: {
        date: "2027-10-31",
        time: "02:30",
        timeZone: "Europe/Berlin",
        durationMinutes: 60,
        occurrence,
      },
    });
    const parsed = schema.safeParse(input);
    expect(parsed.success).toBe(true);
    expect(scheduleWindow(parsed.data!.schedule)).toEqual({ start, end: start + 3600 });
  });

  it("refuses a choice on a time that happens only once, so a request cannot shift a start by an hour", () => {
    expect(
      at({ date: "2027-10-31", time: "09:00", timeZone: "Europe/Berlin", occurrence: "second" }),
    ).toEqual({
      "schedule.occurrence": [
        "09:00 happens only once in Europe/Berlin on 2027-10-31: there is no first or second one to choose.",
      ],
    });
  });

  it("still refuses a skipped time whatever the choice", () => {
    expect(at({ date: "2027-03-28", time: "02:30", occurrence: "first" })).toEqual({
      "schedule.time": [
        "02:30 does not exist in Europe/Berlin on 2027-03-28: clocks jump from 02:00 to 03:00.",
      ],
    });
  });

  it("names the choices a bad value could have been", () => {
    const result = at({ date: "2027-03-28", time: "09:00", occurrence: "third" as "first" });
    expect(result["schedule.occurrence"]).toEqual(["Choose the first or the second of the repeated times."]);
  });

  it("reports the time even when the duration is also wrong", () => {
    expect(at({ date: "2027-03-28", time: "02:30", durationMinutes: NaN })["schedule.time"]).toHaveLength(1);
  });

  it.each([
    [{ date: "2027-02-29" }, "schedule.date", "2027-02-29 is not a day on the calendar"],
    [{ date: "28/03/2027" }, "schedule.date", "Enter the date as YYYY-MM-DD"],
    [
      { time: "9:00" },
      "schedule.time",
      "Start time must be HH:MM on a 24-hour clock (for example 09:30 or 14:00)",
    ],
    [
      { timeZone: "Europe/Atlantis" },
      "schedule.timeZone",
      "“Europe/Atlantis” is not a time zone we know; pick one from the list",
    ],
    [
      { timeZone: "+02:00" },
      "schedule.timeZone",
      "“+02:00” is not a time zone we know; pick one from the list",
    ],
  ])("%j fails at %s", (patch, path, message) => {
    expect(at(patch)).toEqual({ [path]: [message] });
  });
});

describe("start not in the past", () => {
  // 07:00:30 UTC = 09:00:30 CEST: 09:00 is the current minute.
  const now = Date.UTC(2027, 2, 28, 7, 0, 30);
  const atNow = makeScheduleMeetingSchema({ maxMembers: MAX_MEMBERS, maxSeats: MAX_SEATS, now: () => now });
  const parse = (time: string) =>
    issuesByPath(atNow.safeParse(validInput({ schedule: { ...validInput().schedule, time } })));

  it("allows the current minute", () => {
    expect(parse("09:00")).toEqual({});
  });

  it("refuses the minute before", () => {
    expect(parse("08:59")).toEqual({
      "schedule.time": ["The start (2027-03-28 08:59, Europe/Berlin) is in the past"],
    });
  });

  it("judges the past in the meeting's zone, not the server's", () => {
    // 09:00 in New York that day is 13:00 UTC: still ahead.
    expect(
      issuesByPath(
        atNow.safeParse(validInput({ schedule: { ...validInput().schedule, timeZone: "America/New_York" } })),
      ),
    ).toEqual({});
  });
});
