import ICAL from "ical.js";
import { afterEach, describe, expect, it } from "vitest";
import { zonedWallTimeToEpoch, zoneOffsetMinutes } from "@/lib/time";
import { expandIcs } from "@/tests/ics-expansion";
import { escapeText } from "./ics-text";
import { seriesIcs, type SeriesIcsInput, type SeriesIcsOccurrence } from "./series-ics";

const instant = (date: string, time: string, zone: string) => {
  const r = zonedWallTimeToEpoch(date, time, zone);
  if (!r.ok) throw new Error(`${date} ${time} ${zone}: ${r.reason}`);
  return new Date(r.epochSeconds * 1000);
};
const seconds = (d: Date) => d.getTime() / 1000;
const addDays = (date: string, days: number) =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/** The last Friday of a month, worked out without any recurrence library. */
function lastFriday(year: number, month: number): string {
  const d = new Date(Date.UTC(year, month, 0));
  d.setUTCDate(d.getUTCDate() - ((d.getUTCDay() + 2) % 7));
  return d.toISOString().slice(0, 10);
}

/** A series as the rule first expanded it: every occurrence active, on time, under the series' name. */
function series(
  dates: string[],
  time: string,
  over: Partial<SeriesIcsInput> & Pick<SeriesIcsInput, "zone" | "rrule">,
) {
  const durationMinutes = over.durationMinutes ?? 30;
  const name = over.name ?? "Stand-up";
  const occurrences: SeriesIcsOccurrence[] = dates.map((date, index) => {
    const start = instant(date, time, over.zone);
    return {
      index,
      originalStart: start,
      start,
      end: new Date(start.getTime() + durationMinutes * 60_000),
      roomId: `rd-standup-${date.replaceAll("-", "")}`,
      name,
      status: "active",
    };
  });
  return {
    seriesId: "sr-7f3a",
    name,
    durationMinutes,
    firstStart: occurrences[0]!.originalStart,
    occurrences,
    sequence: 4,
    stamp: new Date("2027-08-01T12:00:00Z"),
    ...over,
  } satisfies SeriesIcsInput;
}

const active = (input: SeriesIcsInput) => input.occurrences.filter((o) => o.status === "active");
const offsetSeconds = (zone: string, d: Date) => zoneOffsetMinutes(zone, seconds(d)) * 60;
const unfold = (ics: string) => ics.replace(/\r\n[ \t]/g, "").split("\r\n");

describe("seriesIcs, read back by ical.js's own recurrence iterator", () => {
  it("weekly on Tuesdays at 09:00 Berlin for 10 weeks across the October change: one cancelled, 6–10 renamed", () => {
    const dates = Array.from({ length: 10 }, (_, i) => addDays("2027-09-07", 7 * i));
    const input = series(dates, "09:00", { zone: "Europe/Berlin", rrule: "FREQ=WEEKLY;BYDAY=TU;COUNT=10" });
    input.occurrences[3]!.status = "cancelled";
    for (const o of input.occurrences.slice(5)) o.name = "Stand-up (new format)";
    expect(ICAL.TimezoneService.has("Europe/Berlin")).toBe(false);

    const ics = seriesIcs(input);
    const { master, exceptions, vtimezones, occurrences } = expandIcs(ics);

    expect(occurrences.map((o) => o.start)).toEqual(active(input).map((o) => seconds(o.start)));
    expect(occurrences.map((o) => o.name)).toEqual([
      ...Array(4).fill("Stand-up"),
      ...Array(5).fill("Stand-up (new format)"),
    ]);
    expect(occurrences.map((o) => o.end - o.start)).toEqual(Array(9).fill(1800));
    // The same wall time on both sides of 31 October, which is a different UTC hour.
    expect(new Set(occurrences.map((o) => o.wall.slice(11)))).toEqual(new Set(["09:00:00"]));
    expect(new Date(occurrences[0]!.start * 1000).toISOString()).toBe("2027-09-07T07:00:00.000Z");
    expect(new Date(occurrences[8]!.start * 1000).toISOString()).toBe("2027-11-09T08:00:00.000Z");
    expect(occurrences.every((o) => o.tzid === "Europe/Berlin")).toBe(true);
    expect(occurrences.map((o) => o.vtimezoneOffset)).toEqual(
      active(input).map((o) => offsetSeconds("Europe/Berlin", o.start)),
    );
    expect(new Set(occurrences.map((o) => o.vtimezoneOffset))).toEqual(new Set([7200, 3600]));

    expect(master.getFirstProperty("exdate")!.getParameter("tzid")).toBe("Europe/Berlin");
    expect(String(master.getFirstPropertyValue("exdate"))).toBe("2027-09-28T09:00:00");
    expect(unfold(ics)).toContain("RRULE:FREQ=WEEKLY;BYDAY=TU;COUNT=10");
    expect(exceptions).toHaveLength(5);
    for (const e of [master, ...exceptions]) {
      expect(e.getFirstPropertyValue("uid")).toBe("sr-7f3a@series.roomdesk");
      expect(e.getFirstPropertyValue("sequence")).toBe(4);
    }
    expect(exceptions.map((e) => e.getFirstPropertyValue("x-roomdesk-room-id"))).toEqual(
      input.occurrences.slice(5).map((o) => o.roomId),
    );
    const observances = vtimezones[0]!.component
      .getAllSubcomponents()
      .map(
        (c) =>
          `${c.name} ${String(c.getFirstPropertyValue("dtstart"))} ${String(c.getFirstPropertyValue("tzoffsetto"))}`,
      );
    expect(observances).toContain("standard 2027-10-31T03:00:00 +01:00");
    expect(observances).toContain("daylight 2027-03-28T02:00:00 +02:00");
  });

  it('monthly on the last Friday ("BYDAY=-1FR") in Sydney across the April and October changes', () => {
    const dates = Array.from({ length: 10 }, (_, i) => lastFriday(2027, 2 + i));
    expect(dates[0]).toBe("2027-02-26");
    const input = series(dates, "10:00", {
      zone: "Australia/Sydney",
      rrule: "FREQ=MONTHLY;BYDAY=-1FR;COUNT=10",
      durationMinutes: 60,
      name: "Monthly review",
    });

    const { exceptions, vtimezones, occurrences } = expandIcs(seriesIcs(input));

    expect(exceptions).toHaveLength(0);
    expect(occurrences.map((o) => o.start)).toEqual(input.occurrences.map((o) => seconds(o.start)));
    expect(occurrences.map((o) => o.wall)).toEqual(dates.map((d) => `${d}T10:00:00`));
    expect(occurrences.map((o) => o.vtimezoneOffset)).toEqual(
      input.occurrences.map((o) => offsetSeconds("Australia/Sydney", o.start)),
    );
    expect(new Set(occurrences.map((o) => o.vtimezoneOffset))).toEqual(new Set([11 * 3600, 10 * 3600]));
    const changes = vtimezones[0]!.component
      .getAllSubcomponents()
      .map(
        (c) =>
          `${String(c.getFirstPropertyValue("dtstart"))} ${String(c.getFirstPropertyValue("tzoffsetto"))}`,
      );
    expect(changes).toContain("2027-04-04T03:00:00 +10:00");
    expect(changes).toContain("2027-10-03T02:00:00 +11:00");
  });

  it("an occurrence rescheduled to another day and time comes back at its new window, under the rule's slot", () => {
    const dates = Array.from({ length: 4 }, (_, i) => addDays("2027-10-25", 7 * i));
    const input = series(dates, "14:00", {
      zone: "America/New_York",
      rrule: "FREQ=WEEKLY;BYDAY=MO;COUNT=4",
      durationMinutes: 60,
      name: "Planning",
    });
    const moved = input.occurrences[2]!;
    moved.start = instant("2027-11-09", "16:30", "America/New_York");
    moved.end = instant("2027-11-09", "17:15", "America/New_York");

    const { exceptions, occurrences } = expandIcs(seriesIcs(input));

    expect(occurrences.map((o) => [o.start, o.end])).toEqual(
      input.occurrences.map((o) => [seconds(o.start), seconds(o.end)]),
    );
    expect(occurrences[2]!.wall).toBe("2027-11-09T16:30:00");
    expect(occurrences.map((o) => o.name)).toEqual(Array(4).fill("Planning"));
    expect(exceptions).toHaveLength(1);
    expect(exceptions[0]!.getFirstProperty("recurrence-id")!.getParameter("tzid")).toBe("America/New_York");
    expect(String(exceptions[0]!.getFirstPropertyValue("recurrence-id"))).toBe("2027-11-08T14:00:00");
  });

  it("a series in UTC is written in UTC, its EXDATE too", () => {
    const dates = Array.from({ length: 3 }, (_, i) => addDays("2027-01-04", i));
    const input = series(dates, "08:00", { zone: "UTC", rrule: "FREQ=DAILY;COUNT=3" });
    input.occurrences[1]!.status = "cancelled";
    const ics = seriesIcs(input);
    expect(unfold(ics)).toContain("EXDATE:20270105T080000Z");
    expect(expandIcs(ics).occurrences.map((o) => o.start)).toEqual(
      active(input).map((o) => seconds(o.start)),
    );
  });
});

describe("seriesIcs text and input", () => {
  const base = () =>
    series(["2027-03-02", "2027-03-09"], "09:00", { zone: "Europe/Berlin", rrule: "FREQ=WEEKLY;COUNT=2" });

  it("escapes commas, semicolons, backslashes and line breaks as the single meeting's file does", () => {
    const input = base();
    input.name = "Sync, weekly; team \\ ops\nagenda\u0007";
    input.occurrences[0]!.name = input.name;
    input.occurrences[1]!.name = `Retro; ${"日本語".repeat(30)}`;
    input.occurrences[1]!.roomId = "rd-1\r\nBEGIN:VEVENT\r\nUID:evil";
    const ics = seriesIcs(input);

    expect(ics.endsWith("\r\n")).toBe(true);
    expect(ics.replace(/\r\n/g, "")).not.toMatch(/[\x00-\x08\x0a-\x1f\x7f]/);
    for (const line of ics.split("\r\n"))
      expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    const lines = unfold(ics);
    expect(lines).toContain(`SUMMARY:${escapeText(input.name)}`);
    expect(lines).toContain(`SUMMARY:${escapeText(input.occurrences[1]!.name)}`);
    expect(lines.filter((l) => l === "BEGIN:VEVENT")).toHaveLength(2);
    expect(lines.filter((l) => l.startsWith("UID:"))).toHaveLength(2);

    const { occurrences } = expandIcs(ics);
    expect(occurrences.map((o) => o.name)).toEqual([
      "Sync, weekly; team \\ ops\nagenda\uFFFD",
      input.occurrences[1]!.name,
    ]);
    // ical.js keeps an X- property's text as written: escaped, on one line.
    expect(lines).toContain(`X-ROOMDESK-ROOM-ID:${escapeText(input.occurrences[1]!.roomId)}`);
  });

  it("does not depend on the server's own time zone", () => {
    const saved = process.env.TZ;
    let written: string[];
    try {
      // Node rereads TZ when it is assigned, so each file below is written by a process in that zone.
      written = ["UTC", "Pacific/Kiritimati", "America/Los_Angeles"].map((tz) => {
        process.env.TZ = tz;
        return seriesIcs(base());
      });
    } finally {
      if (saved === undefined) delete process.env.TZ;
      else process.env.TZ = saved;
    }
    expect(new Set(written).size).toBe(1);
    expect(unfold(written[0]!)).toContain("DTSTART;TZID=Europe/Berlin:20270302T090000");
  });

  it("names an organizer by mailbox when there is one", () => {
    const { master } = expandIcs(seriesIcs({ ...base(), organizerEmail: "ops@example.com" }));
    expect(master.getFirstPropertyValue("organizer")).toBe("mailto:ops@example.com");
    expect(expandIcs(seriesIcs(base())).master.hasProperty("organizer")).toBe(false);
  });

  it.each([
    [{ rrule: "RRULE:FREQ=WEEKLY;COUNT=2" }, "rrule"],
    [{ rrule: "FREQ=WEEKLY;COUNT=2\r\nBEGIN:VEVENT" }, "rrule"],
    [{ rrule: "COUNT=2" }, "rrule"],
    [{ rrule: "FREQ=WEEKLY" }, "rrule"],
    [{ rrule: "FREQ=WEEKLY;COUNT=3" }, "occurrences"],
    [{ firstStart: new Date("2027-03-02T09:00:00Z") }, "firstStart"],
    [{ zone: "Mars/Olympus" }, "zone"],
    [{ durationMinutes: 0 }, "durationMinutes"],
    [{ sequence: -1 }, "sequence"],
    [{ organizerEmail: "ops@example.com\r\nATTENDEE:x" }, "organizerEmail"],
    [{ stamp: new Date(Number.NaN) }, "stamp"],
  ] as const)("refuses %o, naming %s", (over, field) => {
    expect(() => seriesIcs({ ...base(), ...over })).toThrow(new RegExp(`seriesIcs: ${field} `));
  });

  it("refuses an occurrence that ends before it starts, naming it", () => {
    const input = base();
    input.occurrences[1]!.end = input.occurrences[1]!.start;
    expect(() => seriesIcs(input)).toThrow("seriesIcs: occurrences[1].end must be after its start");
  });
});

afterEach(() => {
  expect(ICAL.TimezoneService.has("Europe/Berlin")).toBe(false);
});
