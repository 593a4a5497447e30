import { describe, expect, it } from "vitest";
import { dstChangeOnDate } from "./dst";
import { formatInZone, nextQuarterHour } from "./format";
import { formatOffset, isValidTimeZone, listTimeZones, zoneOffsetMinutes } from "./zone";

describe("zone helpers", () => {
  it("zoneOffsetMinutes uses the instant's offset", () => {
    expect(zoneOffsetMinutes("Europe/Berlin", 1806195599)).toBe(60);
    expect(zoneOffsetMinutes("Europe/Berlin", 1806195600)).toBe(120);
    expect(zoneOffsetMinutes("Asia/Kathmandu", 1806203700)).toBe(345);
    expect(zoneOffsetMinutes("Pacific/Chatham", 1806783300)).toBe(765);
    expect(zoneOffsetMinutes("America/St_Johns", 1806217200)).toBe(-150);
  });

  it.each([
    [345, "UTC+05:45"],
    [-210, "UTC-03:30"],
    [0, "UTC+00:00"],
    [825, "UTC+13:45"],
    [-720, "UTC-12:00"],
  ])("formatOffset(%i) = %s", (minutes, text) => {
    expect(formatOffset(minutes)).toBe(text);
  });

  it("lists zones including UTC", () => {
    const zones = listTimeZones();
    expect(zones).toContain("UTC");
    expect(zones).toContain("Europe/Berlin");
    expect(zones.every(isValidTimeZone)).toBe(true);
  });

  it("accepts current IANA names even where the engine lists the old alias", () => {
    expect(isValidTimeZone("Asia/Kolkata")).toBe(true);
    expect(isValidTimeZone("Asia/Kathmandu")).toBe(true);
    expect(isValidTimeZone("Nowhere/Special")).toBe(false);
  });
});

describe("dstChangeOnDate", () => {
  it("reports Berlin's spring jump at 01:00 UTC", () => {
    expect(dstChangeOnDate("2027-03-28", "Europe/Berlin")).toEqual({
      at: 1806195600,
      fromOffset: 60,
      toOffset: 120,
    });
  });

  it("reports Chatham's 45-minute zone at 03:45 local (14:00 UTC the day before)", () => {
    expect(dstChangeOnDate("2027-04-04", "Pacific/Chatham")).toEqual({
      at: 1806760800,
      fromOffset: 825,
      toOffset: 765,
    });
  });

  it("puts a midnight change on the day whose wall clock it affects", () => {
    // Santiago skips Sunday 00:00–01:00 and repeats Saturday 23:00–24:00.
    expect(dstChangeOnDate("2027-09-05", "America/Santiago")?.toOffset).toBe(-180);
    expect(dstChangeOnDate("2027-09-04", "America/Santiago")).toBeNull();
    expect(dstChangeOnDate("2027-04-03", "America/Santiago")?.toOffset).toBe(-240);
    expect(dstChangeOnDate("2027-04-04", "America/Santiago")).toBeNull();
  });

  it("is null on ordinary days and in zones without DST", () => {
    expect(dstChangeOnDate("2027-03-27", "Europe/Berlin")).toBeNull();
    expect(dstChangeOnDate("2027-03-28", "Asia/Kolkata")).toBeNull();
    expect(dstChangeOnDate("not-a-date", "Europe/Berlin")).toBeNull();
  });
});

describe("formatInZone", () => {
  it("shows the wall time and the offset of that date", () => {
    expect(formatInZone(1806217200, "Europe/Berlin")).toBe("Sun, 28 Mar 2027, 09:00 (UTC+02:00)");
    expect(formatInZone(1806203700, "Asia/Kathmandu")).toBe("Sun, 28 Mar 2027, 09:00 (UTC+05:45)");
    expect(formatInZone(1806783300, "Pacific/Chatham")).toBe("Sun, 4 Apr 2027, 09:00 (UTC+12:45)");
  });

  it("speaks the viewer's language in its own form and still appends the offset", () => {
    expect(formatInZone(1806217200, "Europe/Berlin", "ja")).toBe("2027年3月28日(日) 9:00 (UTC+02:00)");
    expect(formatInZone(1806217200, "Europe/Berlin", "zh-Hans")).toBe("2027年3月28日周日 9:00 (UTC+02:00)");
  });
});

describe("nextQuarterHour", () => {
  const at = (iso: string) => Date.parse(iso);

  it("rounds up to the next 15-minute mark in the zone", () => {
    expect(nextQuarterHour(at("2027-03-28T07:00:01Z"), "Europe/Berlin")).toEqual({
      date: "2027-03-28",
      time: "09:15",
    });
    expect(nextQuarterHour(at("2027-03-28T07:14:59Z"), "Asia/Kathmandu")).toEqual({
      date: "2027-03-28",
      time: "13:00",
    });
    expect(nextQuarterHour(at("2027-12-31T23:59:00Z"), "UTC")).toEqual({ date: "2028-01-01", time: "00:00" });
  });

  it("keeps a time already on a mark", () => {
    expect(nextQuarterHour(at("2027-03-28T07:00:00Z"), "Europe/Berlin")).toEqual({
      date: "2027-03-28",
      time: "09:00",
    });
  });

  it("skips marks that happen twice, so the default always validates", () => {
    // 00:05 UTC is 02:05 CEST; 02:15–02:45 repeat after 03:00 CEST becomes 02:00 CET.
    expect(nextQuarterHour(at("2027-10-31T00:05:00Z"), "Europe/Berlin")).toEqual({
      date: "2027-10-31",
      time: "03:00",
    });
  });
});
