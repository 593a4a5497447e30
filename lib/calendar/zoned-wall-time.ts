import type {
  ICalTemporalInstantStub,
  ICalTemporalPlainDateTimeStub,
  ICalTemporalZonedDateTimeStub,
} from "ical-generator";
import { zoneOffsetMinutes } from "@/lib/time";

// ical-generator writes a native Date under a TZID with the *process's* local clock (getHours()), so a
// server running in UTC would label 08:00 UTC as "08:00 Europe/Berlin". It reads Temporal's
// ZonedDateTime by its fields instead, and Node has no Temporal yet: this is that shape, with the wall
// clock computed from the platform's zone data as everywhere else in Roomdesk.

const iso = (wall: Date) => wall.toISOString().slice(0, 19);

function instantStub(instant: Date): ICalTemporalInstantStub {
  return {
    epochMilliseconds: instant.getTime(),
    toJSON: () => instant.toISOString(),
    toString: () => instant.toISOString(),
    toZonedDateTimeISO: (timeZone) => zonedWallTime(instant, timeZone),
  };
}

/** `instant` as ical-generator's Temporal.ZonedDateTime: its wall date and time in `timeZone`. */
export function zonedWallTime(instant: Date, timeZone: string): ICalTemporalZonedDateTimeStub {
  const epochMs = instant.getTime();
  const wall = new Date(epochMs + zoneOffsetMinutes(timeZone, Math.floor(epochMs / 1000)) * 60_000);
  const fields = {
    year: wall.getUTCFullYear(),
    month: wall.getUTCMonth() + 1,
    day: wall.getUTCDate(),
    hour: wall.getUTCHours(),
    minute: wall.getUTCMinutes(),
    second: wall.getUTCSeconds(),
  };
  const plain: ICalTemporalPlainDateTimeStub = {
    ...fields,
    toJSON: () => iso(wall),
    toString: () => iso(wall),
    toPlainDate: () => ({
      year: fields.year,
      month: fields.month,
      day: fields.day,
      toJSON: () => iso(wall).slice(0, 10),
      toString: () => iso(wall).slice(0, 10),
    }),
    // Temporal would read these fields as a wall time in `zone`; only the zone they came from gives the
    // same instant back, and that is the only one ical-generator asks for.
    toZonedDateTime: (zone) => {
      if (zone !== timeZone) throw new RangeError(`zonedWallTime: ${timeZone} wall time read in ${zone}`);
      return zoned;
    },
  };
  const zoned: ICalTemporalZonedDateTimeStub = {
    ...fields,
    timeZoneId: timeZone,
    toInstant: () => instantStub(instant),
    toPlainDateTime: () => plain,
    withTimeZone: (zone) => zonedWallTime(instant, zone),
    toJSON: () => `${iso(wall)}[${timeZone}]`,
    toString: () => `${iso(wall)}[${timeZone}]`,
  };
  return zoned;
}
