import { describe, expect, it } from "vitest";
import { daysLater, formatClock, formatClockRange, formatIsoInZone, formatRange } from "./range";

const utc = (iso: string) => Date.parse(iso) / 1000;
const plusDays = (n: number) => `(+${n} ${n === 1 ? "day" : "days"})`;

describe("a meeting's window", () => {
  it("that ends the next day says so, by the clocks of the meeting's zone", () => {
    // 11:00 to 11:00 the next day in Tokyo (UTC+9).
    const start = utc("2027-03-28T02:00:00Z");
    const end = utc("2027-03-29T02:00:00Z");
    expect(formatClockRange(start, end, "Asia/Tokyo", "en", plusDays)).toBe("11:00 – 11:00 (+1 day)");
    expect(formatRange(start, end, "Asia/Tokyo", "en", plusDays)).toBe(
      "Sun, 28 Mar 2027, 11:00 – 11:00 (+1 day) (UTC+09:00)",
    );
  });

  it("counts the days in the zone asked for, not in UTC", () => {
    // 23:00–00:30 in Berlin crosses midnight there; in UTC (21:00–22:30) it does not.
    const start = utc("2027-06-01T21:00:00Z");
    const end = utc("2027-06-01T22:30:00Z");
    expect(daysLater(start, end, "Europe/Berlin")).toBe(1);
    expect(daysLater(start, end, "UTC")).toBe(0);
    expect(formatClockRange(start, end, "Europe/Berlin", "en", plusDays)).toBe("23:00 – 00:30 (+1 day)");
    expect(formatClockRange(start, end, "UTC", "en", plusDays)).toBe("21:00 – 22:30");
    expect(formatClockRange(start, start + 3 * 86_400, "UTC", "en", plusDays)).toBe(
      "21:00 – 21:00 (+3 days)",
    );
  });

  it("names both offsets when the window crosses a change of clocks", () => {
    const start = utc("2027-03-27T23:00:00Z"); // 00:00 CET
    const end = utc("2027-03-28T03:00:00Z"); // 05:00 CEST
    expect(formatRange(start, end, "Europe/Berlin", "en", plusDays)).toBe(
      "Sun, 28 Mar 2027, 00:00 – 05:00 (UTC+01:00 → UTC+02:00)",
    );
  });
});

describe("the clock", () => {
  const afternoon = utc("2027-03-28T15:05:00Z");

  it("is 24-hour in every language Roomdesk speaks, as the schedule form's preview writes it", () => {
    expect(formatClock(afternoon, "UTC", "en")).toBe("15:05");
    expect(formatClock(afternoon, "UTC", "ja")).toBe("15:05");
    expect(formatClock(afternoon, "UTC", "zh-Hans")).toBe("15:05");
    expect(formatClock(utc("2027-03-28T09:05:00Z"), "UTC", "en")).toBe("09:05");
  });

  it("reads a stored instant in the meeting's zone, in the viewer's language", () => {
    expect(formatIsoInZone("2027-03-28T15:05:09.123Z", "Asia/Tokyo", "en")).toBe(
      "Mon, 29 Mar 2027, 00:05 (UTC+09:00)",
    );
    expect(formatIsoInZone("2027-03-28T15:05:09.123Z", "Asia/Tokyo", "ja")).toBe(
      "2027年3月29日(月) 0:05 (UTC+09:00)",
    );
    expect(formatIsoInZone("2027-03-28T15:05:09.123Z", "America/New_York", "zh-Hans")).toMatch(
      /^2027年3月28日.* 11:05 \(UTC-04:00\)$/,
    );
  });
});
