import { describe, expect, it } from "vitest";
import { makeRescheduleOccurrenceSchema } from "@/lib/schemas/series-reschedule";
import type { SeriesView } from "@/lib/series/types";
import { epochToWallTime } from "@/lib/time/wall-time";
import { ENGINES } from "@/tests/db-engines";
import { seriesWorld } from "@/tests/series-world";
import { schedulingDepsFor } from "@/tests/scheduling-deps";
import { createdSeries, seriesRequest } from "@/tests/series";
import { randomHex } from "@/tests/trtc-test-app";
import { makeRescheduleSchema } from "@/lib/schemas/reschedule";
import { reconcileOnce } from "../meetings/reconciler";
import { rescheduleMeeting } from "../meetings/reschedule-meeting";
import { getSeries } from "./read-series";
import { rescheduleOccurrence } from "./reschedule-occurrence";
import { seriesAuditId } from "./series-ids";

const SECRET = `series-move-${randomHex(16)}`;
const ACTOR = { id: "admin-series-move", role: "admin" };
const BERLIN = "Europe/Berlin";

describe.each(ENGINES)("rescheduling one occurrence on %s", (engine) => {
  const world = seriesWorld(engine, SECRET, ACTOR.id);

  const deps = (opts: Parameters<typeof schedulingDepsFor>[3] = {}) =>
    schedulingDepsFor(world.db, world.sandbox, SECRET, { owner: "series-move-worker", ...opts });
  const room = (roomId: string) => world.sandbox.rooms().find((r) => r.RoomId === roomId);
  const weekly = () =>
    createdSeries(
      deps(),
      ACTOR,
      seriesRequest({ date: "2027-09-28", time: "09:00", timeZone: BERLIN }, { weekdays: ["TU"], count: 5 }),
    );
  const moveTo = (series: SeriesView, index: number, schedule: Record<string, unknown>) =>
    makeRescheduleOccurrenceSchema(Date.now).parse({
      seriesId: series.seriesId,
      index,
      schedule: { timeZone: BERLIN, durationMinutes: 30, ...schedule },
    });
  const seriesEvents = async (seriesId: string) =>
    (
      await world.db.kysely
        .selectFrom("audit_log")
        .select(["action", "outcome", "actor_id"])
        .where("intent_id", "=", seriesAuditId(seriesId))
        .orderBy("id")
        .execute()
    ).map((e) => `${e.actor_id} ${e.action}:${e.outcome}`);

  it("moves occurrence 3 to a new room at the new time; the series points at it, marked moved", async () => {
    const series = await weekly();
    const third = series.occurrences[2]!;

    const outcome = await rescheduleOccurrence(
      deps(),
      ACTOR,
      moveTo(series, 2, { date: "2027-10-14", time: "15:30" }),
    );

    const newId = `${series.roomIdBase}-20271014`;
    expect(outcome).toMatchObject({
      kind: "meeting",
      outcome: { kind: "rescheduled", oldRoom: "destroyed" },
    });
    expect(room(third.roomId)).toBeUndefined();
    const moved = room(newId)!;
    expect(epochToWallTime(moved.ScheduleStartTime, BERLIN)).toEqual({ date: "2027-10-14", time: "15:30" });
    expect(moved.ScheduleEndTime - moved.ScheduleStartTime).toBe(30 * 60);
    expect(moved.RoomName).toBe("Stand-up");

    const after = (await getSeries(world.db, series.seriesId))!;
    expect(after.occurrences[2]).toMatchObject({
      roomId: newId,
      state: "scheduled",
      start: moved.ScheduleStartTime,
      end: moved.ScheduleEndTime,
      originalStart: third.originalStart,
      changed: ["start"],
    });
    expect(after.occurrences.filter((o) => o.index !== 2)).toEqual(
      series.occurrences.filter((o) => o.index !== 2),
    );
    expect(await seriesEvents(series.seriesId)).toEqual([
      `${ACTOR.id} series.create:ok`,
      `${ACTOR.id} series.reschedule:ok`,
    ]);
    const { sequence } = await world.db.kysely
      .selectFrom("meeting_series")
      .select("sequence")
      .where("series_id", "=", series.seriesId)
      .executeTakeFirstOrThrow();
    expect(Number(sequence)).toBe(1);
  });

  it("moved within its own day or onto a day the series has, the new room gets -r2", async () => {
    const series = await weekly();
    const sameDay = await rescheduleOccurrence(
      deps(),
      ACTOR,
      moveTo(series, 1, { date: "2027-10-05", time: "11:00" }),
    );
    expect(sameDay).toMatchObject({ outcome: { kind: "rescheduled" } });
    const ontoNext = await rescheduleOccurrence(
      deps(),
      ACTOR,
      moveTo(series, 3, { date: "2027-10-26", time: "16:00" }),
    );
    expect(ontoNext).toMatchObject({ outcome: { kind: "rescheduled" } });
    const ids = (await getSeries(world.db, series.seriesId))!.occurrences.map((o) => o.roomId);
    expect(ids.map((id) => id.slice(series.roomIdBase.length))).toEqual([
      "-20270928",
      "-20271005-r2",
      "-20271012",
      "-20271026-r2",
      "-20271026",
    ]);
  });

  it("Tencent not confirming the new room: the reconciler settles it, and the series follows then", async () => {
    const series = await weekly();
    let now = Date.now();
    const clock = () => now;
    const third = series.occurrences[2]!;
    // The create's answer is lost and every check of it fails: the new room exists, unconfirmed.
    world.sandbox.injectFault({ kind: "createThenDrop", command: "create_room", times: 1 });
    world.sandbox.injectFault({ kind: "http502", command: "get_room_info", times: 4 });

    const outcome = await rescheduleOccurrence(
      deps({ now: clock, leaseMs: 1_000 }),
      ACTOR,
      moveTo(series, 2, { date: "2027-10-13", time: "10:00" }),
    );

    expect(outcome).toMatchObject({ outcome: { kind: "unconfirmed" } });
    expect((await getSeries(world.db, series.seriesId))!.occurrences[2]).toMatchObject({
      roomId: third.roomId,
      state: "scheduled",
    });
    expect(room(third.roomId)).toBeDefined();

    now += 5_000;
    await reconcileOnce(deps({ now: clock, leaseMs: 1_000, owner: "reconciling-instance" }));

    const newId = `${series.roomIdBase}-20271013`;
    expect(room(third.roomId)).toBeUndefined();
    expect(epochToWallTime(room(newId)!.ScheduleStartTime, BERLIN)).toEqual({
      date: "2027-10-13",
      time: "10:00",
    });
    expect((await getSeries(world.db, series.seriesId))!.occurrences[2]).toMatchObject({
      roomId: newId,
      state: "scheduled",
      changed: ["start"],
    });
    expect(await seriesEvents(series.seriesId)).toEqual([
      `${ACTOR.id} series.create:ok`,
      `${ACTOR.id} series.reschedule:unknown`,
      "roomdesk:reconciler series.reschedule:ok",
    ]);
  });

  it("a reschedule from the meeting page moves the series too; onto a RoomId the series keeps, it is refused", async () => {
    const series = await weekly();
    const [first] = series.occurrences;
    const onMeetingPage = (roomId: string, newRoomId: string) =>
      rescheduleMeeting(
        deps(),
        ACTOR,
        makeRescheduleSchema(Date.now).parse({
          roomId,
          newRoomId,
          schedule: { date: "2027-11-30", time: "08:00", timeZone: BERLIN, durationMinutes: 30 },
        }),
      );
    expect(await onMeetingPage(first!.roomId, `${first!.roomId}-r2`)).toMatchObject({ kind: "rescheduled" });
    expect((await getSeries(world.db, series.seriesId))!.occurrences[0]).toMatchObject({
      roomId: `${first!.roomId}-r2`,
      state: "scheduled",
      changed: ["start"],
    });

    // A day left out keeps its RoomId in the series, though no room was ever made with it.
    const spring = await createdSeries(
      deps(),
      ACTOR,
      seriesRequest(
        { date: "2027-03-27", time: "02:30", timeZone: BERLIN },
        { frequency: "daily", count: 3, choices: { "2027-03-28": "skip" } },
      ),
    );
    const [kept, skipped] = spring.occurrences;
    expect(skipped!.state).toBe("skipped");
    const calls = world.sandbox.calls().length;
    const onto = await onMeetingPage(kept!.roomId, skipped!.roomId);
    // A live room under it would be listed as the day left out, and left out of the calendar.
    expect(onto).toEqual({ kind: "new-room-taken", roomId: skipped!.roomId });
    expect(world.sandbox.calls()).toHaveLength(calls);
    expect(room(kept!.roomId)).toBeDefined();
    expect(room(skipped!.roomId)).toBeUndefined();
    const after = (await getSeries(world.db, spring.seriesId))!;
    expect(after.occurrences.map((o) => o.roomId)).toEqual(spring.occurrences.map((o) => o.roomId));
  });

  it("refuses another zone, an occurrence with no room, and an unknown series before any call", async () => {
    const series = await weekly();
    const calls = world.sandbox.calls().length;
    expect(
      await rescheduleOccurrence(
        deps(),
        ACTOR,
        moveTo(series, 1, { date: "2027-10-06", time: "09:00", timeZone: "Asia/Tokyo" }),
      ),
    ).toEqual({ kind: "other-zone", zone: BERLIN });
    await world.db.kysely
      .updateTable("series_occurrences")
      .set({ status: "skipped" })
      .where("room_id", "=", series.occurrences[4]!.roomId)
      .execute();
    expect(
      await rescheduleOccurrence(deps(), ACTOR, moveTo(series, 4, { date: "2027-10-27", time: "09:00" })),
    ).toEqual({ kind: "not-scheduled" });
    expect(
      await rescheduleOccurrence(deps(), ACTOR, {
        ...moveTo(series, 1, { date: "2027-10-06", time: "09:00" }),
        seriesId: crypto.randomUUID(),
      }),
    ).toEqual({ kind: "not-found" });
    expect(world.sandbox.calls()).toHaveLength(calls);
  });
});
