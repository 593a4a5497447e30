import ICAL from "ical.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seriesIcs } from "@/lib/calendar/series-ics";
import type { RunningSandbox } from "@/lib/sandbox";
import { seedAccount } from "@/tests/bulk-jobs";
import { openTestDb, type TestDb } from "@/tests/db-engines";
import { schedulingDepsFor } from "@/tests/scheduling-deps";
import { createdSeries, seriesRequest } from "@/tests/series";
import { makeRescheduleOccurrenceSchema } from "@/lib/schemas/series-reschedule";
import { epochToWallTime } from "@/lib/time/wall-time";
import { startTestSandbox } from "@/tests/trtc-client";
import { randomHex } from "@/tests/trtc-test-app";
import { rescheduleOccurrence } from "./reschedule-occurrence";
import { seriesCalendarInput } from "./series-calendar";
import { editSeries } from "./edit-series";
import { cancelOccurrences } from "./series-changes";

const SECRET = `series-ics-${randomHex(16)}`;
const ACTOR = { id: "admin-calendar", role: "admin" };

/** A calendar reader's occurrences: ical.js's own iterator over the master, with EXDATE and RECURRENCE-ID. */
function readBack(ics: string) {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  for (const tz of calendar.getAllSubcomponents("vtimezone")) ICAL.TimezoneService.register(tz);
  const events = calendar.getAllSubcomponents("vevent");
  const master = events.find((e) => !e.hasProperty("recurrence-id"))!;
  const exceptions = events.filter((e) => e.hasProperty("recurrence-id"));
  const event = new ICAL.Event(master, { exceptions, strictExceptions: true });
  const out: { start: number; end: number; name: string; wall: string; recurrenceId: number }[] = [];
  const it = event.iterator();
  for (let next = it.next(); next && out.length < 100; next = it.next()) {
    const d = event.getOccurrenceDetails(next);
    out.push({
      start: d.startDate.toUnixTime(),
      end: d.endDate.toUnixTime(),
      recurrenceId: d.recurrenceId.toUnixTime(),
      name: d.item.summary,
      wall: d.startDate.toString().slice(11, 16),
    });
  }
  return out;
}

describe("the series calendar file", () => {
  let db: TestDb;
  let sandbox: RunningSandbox;
  beforeAll(async () => {
    db = await openTestDb("sqlite");
    sandbox = await startTestSandbox(SECRET);
    await seedAccount(db, ACTOR.id);
  });
  afterAll(async () => {
    await sandbox.close();
    await db.dispose();
  });

  it("reads back, through ical.js, exactly the rooms the series has: one cancelled, five renamed", async () => {
    const deps = schedulingDepsFor(db, sandbox, SECRET, { owner: "calendar-worker" });
    const series = await createdSeries(
      deps,
      ACTOR,
      seriesRequest(
        { date: "2027-09-28", time: "09:00", timeZone: "Europe/Berlin" },
        { weekdays: ["TU"], count: 10 },
      ),
    );
    await cancelOccurrences(deps, ACTOR, { seriesId: series.seriesId, index: 3, scope: "one" });
    await editSeries(deps, ACTOR, {
      seriesId: series.seriesId,
      index: 5,
      scope: "following",
      changes: { roomName: "Retro" },
    });

    const ics = seriesIcs((await seriesCalendarInput(db, series.seriesId, Date.now()))!);
    const rooms = sandbox
      .rooms()
      .filter((r) => r.RoomId.startsWith(`${series.roomIdBase}-`))
      .sort((a, b) => a.ScheduleStartTime - b.ScheduleStartTime);
    expect(rooms).toHaveLength(9);
    const read = readBack(ics);
    expect(read.map((o) => o.start)).toEqual(rooms.map((r) => r.ScheduleStartTime));
    expect(read.map((o) => o.name)).toEqual(rooms.map((r) => r.RoomName));
    expect(read.map((o) => o.wall)).toEqual(Array(9).fill("09:00"));
  });

  it("gives a rescheduled occurrence back at its new time under its first instant; the rest as the rule says", async () => {
    const deps = schedulingDepsFor(db, sandbox, SECRET, { owner: "calendar-worker" });
    const series = await createdSeries(
      deps,
      ACTOR,
      seriesRequest(
        { date: "2027-09-28", time: "09:00", timeZone: "Europe/Berlin" },
        { weekdays: ["TU"], count: 5 },
      ),
    );
    const third = series.occurrences[2]!;
    const moved = await rescheduleOccurrence(
      deps,
      ACTOR,
      makeRescheduleOccurrenceSchema(Date.now).parse({
        seriesId: series.seriesId,
        index: 2,
        schedule: { date: "2027-10-14", time: "15:30", timeZone: "Europe/Berlin", durationMinutes: 45 },
      }),
    );
    expect(moved).toMatchObject({ outcome: { kind: "rescheduled" } });

    const ics = seriesIcs((await seriesCalendarInput(db, series.seriesId, Date.now()))!);
    const unfolded = ics.replace(/\r\n[ \t]/g, "");
    expect(unfolded).toContain("RECURRENCE-ID;TZID=Europe/Berlin:20271012T090000");
    expect(unfolded).toContain("DTSTART;TZID=Europe/Berlin:20271014T153000");
    expect(unfolded).toContain("DTEND;TZID=Europe/Berlin:20271014T161500");
    expect(unfolded).not.toContain("EXDATE");

    const read = readBack(ics);
    expect(read).toHaveLength(5);
    const byRule = new Map(read.map((o) => [o.recurrenceId, o]));
    const newRoom = sandbox.rooms().find((r) => r.RoomId === `${series.roomIdBase}-20271014`)!;
    expect(byRule.get(third.originalStart)).toMatchObject({
      start: newRoom.ScheduleStartTime,
      end: newRoom.ScheduleEndTime,
      name: "Stand-up",
    });
    expect(epochToWallTime(newRoom.ScheduleStartTime, "Europe/Berlin")).toEqual({
      date: "2027-10-14",
      time: "15:30",
    });
    for (const o of series.occurrences.filter((occurrence) => occurrence.index !== 2))
      expect(byRule.get(o.originalStart)).toMatchObject({ start: o.start, end: o.end, wall: "09:00" });
  });
});
