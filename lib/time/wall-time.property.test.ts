import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { oracleInstants, oracleWallTime } from "@/tests/wall-time-oracle";
import { epochToWallTime, zonedWallTimeToEpoch, type WallTimeResult } from "./wall-time";
import { listTimeZones } from "./zone";

const ZONES = listTimeZones();
// From 1980: before that some zones still had offsets with seconds (Liberia until 1972), which no
// "HH:MM" wall time can name.
const FROM = Date.UTC(1980, 0, 1) / 60_000;
const TO = Date.UTC(2100, 0, 1) / 60_000;
// Real offset changes (UTC instants, each with its zone): spring and autumn on both hemispheres, Lord
// Howe's half hour, Chatham's +12:45, Samoa's date-line jump and Nepal's quarter hour.
const SWITCHES: [zone: string, atSeconds: number][] = (
  [
    ["Europe/Berlin", "2027-03-28T01:00Z"],
    ["Europe/Berlin", "2027-10-31T01:00Z"],
    ["America/New_York", "2027-03-14T07:00Z"],
    ["America/New_York", "2027-11-07T06:00Z"],
    ["Australia/Sydney", "2027-04-03T16:00Z"],
    ["Australia/Sydney", "2027-10-02T16:00Z"],
    ["Australia/Lord_Howe", "2027-04-03T15:00Z"],
    ["Australia/Lord_Howe", "2027-10-02T15:30Z"],
    ["America/Santiago", "2027-09-05T04:00Z"],
    ["Pacific/Chatham", "2027-04-03T14:00Z"],
    ["Pacific/Apia", "2011-12-30T10:00Z"],
    ["Asia/Kathmandu", "1985-12-31T18:30Z"],
  ] as const
).map(([zone, iso]) => [zone, Date.parse(iso) / 1000]);

/** What zonedWallTimeToEpoch must answer, from the instants the test-only oracle finds. */
function expectedFor(instants: number[]): WallTimeResult {
  if (instants.length === 0) return { ok: false, reason: "nonexistent" };
  if (instants.length === 1) return { ok: true, epochSeconds: instants[0]! };
  return { ok: false, reason: "ambiguous", candidates: instants };
}

function checkInstant(epoch: number, zone: string): void {
  const wall = epochToWallTime(epoch, zone);
  expect(wall).toEqual(oracleWallTime(epoch, zone));
  const instants = oracleInstants(wall.date, wall.time, zone);
  expect(instants).toContain(epoch);
  expect(zonedWallTimeToEpoch(wall.date, wall.time, zone)).toEqual(expectedFor(instants));
}

describe("wall time against an independent brute-force oracle", () => {
  it("epoch → wall time → epoch names exactly the instants the oracle finds", () => {
    fc.assert(
      fc.property(fc.integer({ min: FROM, max: TO }), fc.constantFrom(...ZONES), (minutes, zone) =>
        checkInstant(minutes * 60, zone),
      ),
      { numRuns: 1500 },
    );
  });

  it("around real changes too (instants within 3 h of one)", () => {
    fc.assert(
      fc.property(fc.constantFrom(...SWITCHES), fc.integer({ min: -180, max: 180 }), ([zone, at], deltaMin) =>
        checkInstant(at + deltaMin * 60, zone),
      ),
      { numRuns: 500 },
    );
  });

  it("any wall time typed near a switch is converted, refused as skipped, or reported as repeated, as the oracle says", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...SWITCHES),
        fc.integer({ min: -180, max: 180 }),
        fc.integer({ min: -90, max: 90 }),
        ([zone, at], deltaMin, shiftMin) => {
          // The wall clock near the switch, moved by up to 90 minutes as a person would retype it:
          // often a time the change skipped or repeated.
          const near = oracleWallTime(at + deltaMin * 60, zone);
          const typed = oracleWallTime(
            Date.parse(`${near.date}T${near.time}:00Z`) / 1000 + shiftMin * 60,
            "UTC",
          );
          const got = zonedWallTimeToEpoch(typed.date, typed.time, zone);
          expect(got).toEqual(expectedFor(oracleInstants(typed.date, typed.time, zone)));
        },
      ),
      { numRuns: 1000 },
    );
  });
});
