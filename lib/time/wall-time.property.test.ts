import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { epochToWallTime, zonedWallTimeToEpoch } from "./wall-time";
import { listTimeZones } from "./zone";

const ZONES = listTimeZones();
// From 1980: before that some zones still had offsets with seconds (Liberia until 1972), which no
// "HH:MM" wall time can name.
const FROM = Date.UTC(1980, 0, 1) / 60_000;
const TO = Date.UTC(2100, 0, 1) / 60_000;

describe("wall time round trip", () => {
  it("epoch → wall time → epoch is the same instant (or one of two when the hour repeats)", () => {
    fc.assert(
      fc.property(fc.integer({ min: FROM, max: TO }), fc.constantFrom(...ZONES), (minutes, zone) => {
        const epoch = minutes * 60;
        const { date, time } = epochToWallTime(epoch, zone);
        const back = zonedWallTimeToEpoch(date, time, zone);
        if (back.ok) expect(back.epochSeconds).toBe(epoch);
        else {
          expect(back.reason).toBe("ambiguous");
          expect(back.candidates).toContain(epoch);
        }
      }),
      { numRuns: 3000 },
    );
  });

  it("around real changes too (instants within 3 h of a DST switch in 2027)", () => {
    const switches = [1806195600, 1824944400, 1806764400, 1822491000, 1820116800, 1806760800];
    fc.assert(
      fc.property(
        fc.constantFrom(...switches),
        fc.integer({ min: -180, max: 180 }),
        fc.constantFrom("Europe/Berlin", "Australia/Lord_Howe", "America/Santiago", "Pacific/Chatham"),
        (at, deltaMin, zone) => {
          const epoch = at + deltaMin * 60;
          const { date, time } = epochToWallTime(epoch, zone);
          const back = zonedWallTimeToEpoch(date, time, zone);
          if (back.ok) expect(back.epochSeconds).toBe(epoch);
          else expect(back.candidates).toContain(epoch);
        },
      ),
    );
  });
});
