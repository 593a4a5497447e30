import { beforeEach, describe, expect, it, vi } from "vitest";
import { makeScheduleMeetingSchema } from "@/lib/schemas/meeting";
import { makeRescheduleSchema } from "@/lib/schemas/reschedule";
import { makeRescheduleOccurrenceSchema } from "@/lib/schemas/series-reschedule";
import { ENGINES } from "@/tests/db-engines";
import { seriesWorld } from "@/tests/series-world";
import { daysFromNow, scheduleInput } from "@/tests/schedule-input";
import { schedulingDepsFor } from "@/tests/scheduling-deps";
import { createdSeries, seriesRequest } from "@/tests/series";
import { randomHex } from "@/tests/trtc-test-app";
import type { Db } from "../db";
import { getSeries } from "../series/read-series";
import { rescheduleOccurrence } from "../series/reschedule-occurrence";
import { rescheduleMeeting } from "./reschedule-meeting";
import { scheduleMeeting } from "./schedule-meeting";

/**
 * The race of two moves onto one RoomId, made deterministic: the held-check (room-id-held.ts) answers
 * "free", and only then does the other move record its reschedule of that RoomId, as a second instance
 * would between this move's check and its own record.
 */
const race = vi.hoisted(() => ({
  target: null as null | { roomId: string; checksLeft: number; take: (db: Db) => Promise<void> },
}));
vi.mock("./room-id-held", async (importOriginal) => {
  const original = await importOriginal<typeof import("./room-id-held")>();
  return {
    ...original,
    roomIdHeld: async (db: Db, roomId: string) => {
      const held = await original.roomIdHeld(db, roomId);
      const target = race.target;
      if (!held && target?.roomId === roomId && --target.checksLeft === 0) {
        race.target = null;
        await target.take(db);
      }
      return held;
    },
  };
});

const SECRET = `reschedule-race-${randomHex(16)}`;
const ACTOR = { id: "admin-reschedule-race", role: "admin" };
const BERLIN = "Europe/Berlin";

/** Another meeting's reschedule onto `roomId`, recorded and still creating (its worker holds the lease). */
const otherMoveRecords = (roomId: string) => async (db: Db) => {
  const at = new Date().toISOString();
  await db.kysely
    .insertInto("reschedules")
    .values({
      intent_id: `other-${randomHex(6)}`,
      old_room_id: `other-${randomHex(6)}`,
      new_room_id: roomId,
      actor_id: ACTOR.id,
      actor_role: ACTOR.role,
      status: "creating",
      outcome: null,
      lease_owner: "other-instance",
      lease_until: new Date(Date.now() + 60_000).toISOString(),
      created_at: at,
      updated_at: at,
    })
    .execute();
};

describe.each(ENGINES)("two reschedules onto one new RoomId at the same instant on %s", (engine) => {
  const world = seriesWorld(engine, SECRET, ACTOR.id);
  beforeEach(() => {
    race.target = null;
  });

  const deps = () => schedulingDepsFor(world.db, world.sandbox, SECRET);
  const room = (roomId: string) => world.sandbox.rooms().find((r) => r.RoomId === roomId);

  it("refuses a meeting-page move whose record meets the other move's as taken, with nothing sent", async () => {
    const meeting = `rr-${randomHex(5)}`;
    const values = makeScheduleMeetingSchema({ maxMembers: 300, maxSeats: 20 }).parse(
      scheduleInput({ roomId: meeting }),
    );
    expect(await scheduleMeeting(deps(), ACTOR, values)).toMatchObject({ kind: "scheduled" });
    const newRoomId = `${meeting}-r2`;
    race.target = { roomId: newRoomId, checksLeft: 1, take: otherMoveRecords(newRoomId) };
    const calls = world.sandbox.calls().length;

    const outcome = await rescheduleMeeting(
      deps(),
      ACTOR,
      makeRescheduleSchema(Date.now).parse({
        roomId: meeting,
        newRoomId,
        schedule: { date: daysFromNow(12), time: "09:00", timeZone: "UTC", durationMinutes: 30 },
      }),
    );

    expect(race.target).toBeNull();
    expect(outcome).toEqual({ kind: "new-room-taken", roomId: newRoomId });
    expect(world.sandbox.calls()).toHaveLength(calls);
    expect(room(meeting)).toBeDefined();
    const mine = await world.db.kysely
      .selectFrom("reschedules")
      .select("intent_id")
      .where("old_room_id", "=", meeting)
      .execute();
    expect(mine).toHaveLength(0);
    const intents = await world.db.kysely
      .selectFrom("schedule_intents")
      .select("intent_id")
      .where("room_id", "=", newRoomId)
      .execute();
    expect(intents).toHaveLength(0);
    const started = await world.db.kysely
      .selectFrom("audit_log")
      .select("action")
      .where("action", "=", "meeting.reschedule_start")
      .where("room_id", "=", meeting)
      .execute();
    expect(started).toHaveLength(0);
  });

  it("moves a series occurrence onto the next suffix when its first RoomId is taken in between", async () => {
    const series = await createdSeries(
      deps(),
      ACTOR,
      seriesRequest({ date: "2027-09-28", time: "09:00", timeZone: BERLIN }, { weekdays: ["TU"], count: 3 }),
    );
    const moved = series.occurrences[1]!;
    const date = `${series.roomIdBase}-20271013`;
    // The move checks the RoomId twice (choosing it, then as the meeting's reschedule): the other move
    // records after the second, the last check before this move's own record.
    race.target = { roomId: date, checksLeft: 2, take: otherMoveRecords(date) };
    const calls = world.sandbox.calls().length;

    const outcome = await rescheduleOccurrence(
      deps(),
      ACTOR,
      makeRescheduleOccurrenceSchema(Date.now).parse({
        seriesId: series.seriesId,
        index: 1,
        schedule: { date: "2027-10-13", time: "10:00", timeZone: BERLIN, durationMinutes: 30 },
      }),
    );

    expect(race.target).toBeNull();
    expect(outcome).toMatchObject({
      kind: "meeting",
      outcome: { kind: "rescheduled", meeting: { roomId: `${date}-r2` }, oldRoom: "destroyed" },
    });
    const creates = world.sandbox
      .calls()
      .slice(calls)
      .filter((c) => c.command.endsWith("create_room"));
    expect(creates.map((c) => (c.body as { RoomInfo: { RoomId: string } }).RoomInfo.RoomId)).toEqual([
      `${date}-r2`,
    ]);
    expect(room(date)).toBeUndefined();
    expect(room(moved.roomId)).toBeUndefined();
    const after = (await getSeries(world.db, series.seriesId))!;
    expect(after.occurrences[1]).toMatchObject({ roomId: `${date}-r2`, state: "scheduled" });
  });
});
