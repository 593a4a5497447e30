import { describe, expect, it } from "vitest";
import { normalizeTypedClock } from "./typed-clock";

describe("normalizeTypedClock", () => {
  it.each([
    ["09:00", "09:00"],
    ["9:00", "09:00"],
    ["9", "09:00"],
    ["0900", "09:00"],
    ["930", "09:30"],
    ["9.30", "09:30"],
    ["21h30", "21:30"],
    [" 14:05 ", "14:05"],
    ["0", "00:00"],
    ["23:59", "23:59"],
  ])("reads %j as %j", (typed, clock) => {
    expect(normalizeTypedClock(typed)).toBe(clock);
  });

  it("reads the full-width digits and colon a Japanese or Chinese keyboard types", () => {
    expect(normalizeTypedClock("９：３０")).toBe("09:30");
    expect(normalizeTypedClock("１４００")).toBe("14:00");
  });

  it("turns a 12-hour time into the 24-hour clock the app writes", () => {
    expect(normalizeTypedClock("9:30 PM")).toBe("21:30");
    expect(normalizeTypedClock("9pm")).toBe("21:00");
    expect(normalizeTypedClock("12:15 am")).toBe("00:15");
    expect(normalizeTypedClock("12 PM")).toBe("12:00");
    expect(normalizeTypedClock("0930AM")).toBe("09:30");
  });

  it.each(["", "   ", "24:00", "25", "9:60", "9:5", "12345", "13pm", "0am", "noon", "9:30:00", "-1"])(
    "names no clock time in %j",
    (typed) => {
      expect(normalizeTypedClock(typed)).toBeNull();
    },
  );
});
