import { describe, expect, it } from "vitest";
import { zonedWallTimeToEpoch } from "./wall-time";

const utc = (iso: string) => Date.parse(iso) / 1000;

/**
 * Offset changes from the tz database's history, written out by hand (instants in UTC), so the
 * conversion is checked against facts rather than against itself.
 */
const TRANSITIONS: [zone: string, date: string, time: string, expected: number[] | "nonexistent"][] = [
  // EU rule: last Sunday of March 01:00 UTC, last Sunday of October 01:00 UTC.
  ["Europe/Berlin", "2027-03-28", "01:59", [utc("2027-03-28T00:59Z")]],
  ["Europe/Berlin", "2027-03-28", "02:30", "nonexistent"],
  ["Europe/Berlin", "2027-03-28", "03:00", [utc("2027-03-28T01:00Z")]],
  ["Europe/Berlin", "2027-10-31", "02:30", [utc("2027-10-31T00:30Z"), utc("2027-10-31T01:30Z")]],
  ["Europe/Berlin", "2027-06-01", "09:00", [utc("2027-06-01T07:00Z")]],
  // US rules since 2007 (second Sunday of March, first of November); before that, first Sunday of April.
  ["America/New_York", "2027-03-14", "02:30", "nonexistent"],
  ["America/New_York", "2027-11-07", "01:30", [utc("2027-11-07T05:30Z"), utc("2027-11-07T06:30Z")]],
  ["America/New_York", "2006-03-12", "02:30", [utc("2006-03-12T07:30Z")]],
  ["America/New_York", "2006-04-02", "02:30", "nonexistent"],
  // Southern hemisphere: summer time ends on the first Sunday of April, starts on the first of October.
  ["Australia/Sydney", "2027-04-04", "02:30", [utc("2027-04-03T15:30Z"), utc("2027-04-03T16:30Z")]],
  ["Australia/Sydney", "2027-10-03", "02:30", "nonexistent"],
  // Lord Howe moves by half an hour.
  ["Australia/Lord_Howe", "2027-04-04", "01:45", [utc("2027-04-03T14:45Z"), utc("2027-04-03T15:15Z")]],
  // Nepal went from +05:30 to +05:45 at the start of 1986: a quarter hour that never was.
  ["Asia/Kathmandu", "1985-12-31", "23:59", [utc("1985-12-31T18:29Z")]],
  ["Asia/Kathmandu", "1986-01-01", "00:00", "nonexistent"],
  ["Asia/Kathmandu", "1986-01-01", "00:10", "nonexistent"],
  ["Asia/Kathmandu", "1986-01-01", "00:15", [utc("1985-12-31T18:30Z")]],
  // Samoa crossed the date line: 30 December 2011 did not happen there.
  ["Pacific/Apia", "2011-12-29", "23:59", [utc("2011-12-30T09:59Z")]],
  ["Pacific/Apia", "2011-12-30", "12:00", "nonexistent"],
  ["Pacific/Apia", "2011-12-31", "00:00", [utc("2011-12-30T10:00Z")]],
  // Brazil's summer time started at midnight, until it was abolished in 2019.
  ["America/Sao_Paulo", "2018-11-04", "00:30", "nonexistent"],
  ["America/Sao_Paulo", "2019-11-03", "00:30", [utc("2019-11-03T03:30Z")]],
];

describe("wall time on the days clocks changed", () => {
  it.each(TRANSITIONS)("%s %s %s", (zone, date, time, expected) => {
    const result = zonedWallTimeToEpoch(date, time, zone);
    if (expected === "nonexistent") expect(result).toEqual({ ok: false, reason: "nonexistent" });
    else if (expected.length === 1) expect(result).toEqual({ ok: true, epochSeconds: expected[0] });
    else expect(result).toEqual({ ok: false, reason: "ambiguous", candidates: expected });
  });
});
