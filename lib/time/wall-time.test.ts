import { describe, expect, it } from "vitest";
import { resolveWallTime, zonedWallTimeToEpoch } from "./wall-time";

// Expected instants are worked out by hand: days since 1970-01-01 (2027-01-01 is day 20819: 57 years,
// 14 of them leap) × 86400, plus the wall time, minus the offset the zone uses on that date.
const MIDNIGHT_UTC = {
  "2027-03-14": 1804982400, // day 20891
  "2027-03-28": 1806192000, // day 20905
  "2027-04-04": 1806796800, // day 20912
  "2027-09-05": 1820102400, // day 21066
  "2027-09-26": 1821916800, // day 21087
  "2027-10-03": 1822521600, // day 21094
  "2027-10-31": 1824940800, // day 21122
} as const;
const H = 3600;
const M = 60;

describe("zonedWallTimeToEpoch: offset of the meeting date, not of today", () => {
  it.each([
    // CEST (+2) has started at 01:00 UTC that morning.
    ["2027-03-28", "Europe/Berlin", 1806217200],
    // EDT (-4) from the second Sunday of March.
    ["2027-03-14", "America/New_York", 1805029200],
    // Sydney leaves DST (+11 → +10) on the first Sunday of April: 09:00 AEST is 23:00 UTC the day before.
    ["2027-04-04", "Australia/Sydney", MIDNIGHT_UTC["2027-04-04"] - 1 * H],
    // …and enters it (+10 → +11) on the first Sunday of October: 09:00 AEDT is 22:00 UTC the day before.
    ["2027-10-03", "Australia/Sydney", MIDNIGHT_UTC["2027-10-03"] - 2 * H],
    ["2027-10-03", "Australia/Lord_Howe", MIDNIGHT_UTC["2027-10-03"] - 2 * H], // +11 after its 30-min jump
    ["2027-03-28", "Asia/Kolkata", MIDNIGHT_UTC["2027-03-28"] + 3 * H + 30 * M], // +05:30
    ["2027-03-28", "Asia/Kathmandu", MIDNIGHT_UTC["2027-03-28"] + 3 * H + 15 * M], // +05:45
    ["2027-04-04", "Pacific/Chatham", MIDNIGHT_UTC["2027-04-04"] - 3 * H - 45 * M], // +12:45 after DST ends
    ["2027-09-26", "Pacific/Chatham", MIDNIGHT_UTC["2027-09-26"] - 4 * H - 45 * M], // +13:45 after DST starts
    ["2027-09-05", "America/Santiago", MIDNIGHT_UTC["2027-09-05"] + 12 * H], // -03 from Sunday 00:00
    ["2027-09-26", "Pacific/Auckland", MIDNIGHT_UTC["2027-09-26"] - 4 * H], // +13 from 02:00
  ] as const)("%s 09:00 %s", (date, zone, expected) => {
    expect(zonedWallTimeToEpoch(date, "09:00", zone)).toEqual({ ok: true, epochSeconds: expected });
  });

  it("literal spot checks", () => {
    expect(MIDNIGHT_UTC["2027-04-04"] - 1 * H).toBe(1806793200);
    expect(MIDNIGHT_UTC["2027-10-03"] - 2 * H).toBe(1822514400);
    expect(MIDNIGHT_UTC["2027-04-04"] - 3 * H - 45 * M).toBe(1806783300);
  });
});

describe("zonedWallTimeToEpoch: wall times a change skips or repeats", () => {
  it.each([
    ["2027-03-28", "02:30", "Europe/Berlin"],
    ["2027-10-03", "02:15", "Australia/Lord_Howe"], // 02:00 → 02:30
    ["2027-09-05", "00:30", "America/Santiago"], // midnight → 01:00
    ["2027-09-26", "02:30", "Pacific/Auckland"],
    ["2027-09-26", "03:00", "Pacific/Chatham"], // 02:45 → 03:45
  ])("%s %s %s does not exist", (date, time, zone) => {
    expect(zonedWallTimeToEpoch(date, time, zone)).toEqual({ ok: false, reason: "nonexistent" });
  });

  it.each([
    // 02:30 CEST = 00:30 UTC, then 02:30 CET = 01:30 UTC.
    [
      "2027-10-31",
      "02:30",
      "Europe/Berlin",
      [MIDNIGHT_UTC["2027-10-31"] + 30 * M, MIDNIGHT_UTC["2027-10-31"] + 90 * M],
    ],
    // Lord Howe repeats only half an hour: 01:45 at +11 then at +10:30.
    [
      "2027-04-04",
      "01:45",
      "Australia/Lord_Howe",
      [MIDNIGHT_UTC["2027-04-04"] - 9 * H - 15 * M, MIDNIGHT_UTC["2027-04-04"] - 8 * H - 45 * M],
    ],
  ] as const)("%s %s %s happens twice", (date, time, zone, candidates) => {
    expect(zonedWallTimeToEpoch(date, time, zone)).toEqual({ ok: false, reason: "ambiguous", candidates });
  });

  it("the minute before and after a gap are fine", () => {
    expect(zonedWallTimeToEpoch("2027-03-28", "01:59", "Europe/Berlin")).toEqual({
      ok: true,
      epochSeconds: MIDNIGHT_UTC["2027-03-28"] + 59 * M,
    });
    expect(zonedWallTimeToEpoch("2027-03-28", "03:00", "Europe/Berlin")).toEqual({
      ok: true,
      epochSeconds: MIDNIGHT_UTC["2027-03-28"] + 1 * H,
    });
  });
});

describe("zonedWallTimeToEpoch: bad input", () => {
  it.each([
    ["2027-02-29", "09:00"],
    ["2028-02-30", "09:00"],
    ["2027-13-01", "09:00"],
    ["27-03-28", "09:00"],
    ["2027-03-28", "24:00"],
    ["2027-03-28", "9:00"],
    ["2027-03-28", "09:60"],
  ])("%s %s is invalid-date", (date, time) => {
    expect(zonedWallTimeToEpoch(date, time, "UTC")).toEqual({ ok: false, reason: "invalid-date" });
  });

  it("2028-02-29 is a leap day", () => {
    expect(zonedWallTimeToEpoch("2028-02-29", "00:00", "UTC").ok).toBe(true);
  });

  it.each(["Mars/Olympus", "", "+05:30", "Europe/Berlin "])("zone %j is invalid-zone", (zone) => {
    expect(zonedWallTimeToEpoch("2027-03-28", "09:00", zone)).toEqual({ ok: false, reason: "invalid-zone" });
  });
});

describe("resolveWallTime: the admin's choice on a repeated wall time", () => {
  // Berlin, 31 Oct 2027: 02:30 CEST (00:30 UTC), then 02:30 CET (01:30 UTC).
  const first = Date.UTC(2027, 9, 31, 0, 30) / 1000;
  it.each([
    ["first", first],
    ["second", first + 3600],
  ] as const)("%s is the %s instant", (occurrence, epochSeconds) => {
    expect(resolveWallTime("2027-10-31", "02:30", "Europe/Berlin", occurrence)).toEqual({
      ok: true,
      epochSeconds,
    });
  });

  it("leaves other times as they are, and a repeated one without a choice ambiguous", () => {
    expect(resolveWallTime("2027-10-31", "09:00", "Europe/Berlin", "second")).toEqual({
      ok: true,
      epochSeconds: Date.UTC(2027, 9, 31, 8, 0) / 1000,
    });
    expect(resolveWallTime("2027-03-28", "02:30", "Europe/Berlin", "first")).toEqual({
      ok: false,
      reason: "nonexistent",
    });
    expect(resolveWallTime("2027-10-31", "02:30", "Europe/Berlin").ok).toBe(false);
  });
});
