import { describe, expect, it } from "vitest";
import { makeScheduleMeetingSchema } from "@/lib/schemas/meeting";
import { makeRescheduleSchema } from "@/lib/schemas/reschedule";
import { ENGINES } from "@/tests/db-engines";
import { seriesWorld } from "@/tests/series-world";
import { daysFromNow, scheduleInput } from "@/tests/schedule-input";
import { schedulingDepsFor } from "@/tests/scheduling-deps";
import { createdSeries, seriesRequest } from "@/tests/series";
import { randomHex } from "@/tests/trtc-test-app";
import { getSeries } from "../series/read-series";
import { cancelOccurrences } from "../series/series-changes";
import { rescheduleMeeting } from "./reschedule-meeting";
import { scheduleMeeting } from "./schedule-meeting";

const SECRET = `reschedule-taken-${randomHex(16)}`;
const ACTOR = { id: "admin-reschedule-taken", role: "admin" };

describe.each(ENGINES)("a reschedule onto a RoomId held elsewhere on %s", (engine) => {
  const world = seriesWorld(engine, SECRET, ACTOR.id);

  const deps = () => schedulingDepsFor(world.db, world.sandbox, SECRET);
  const room = (roomId: string) => world.sandbox.rooms().find((r) => r.RoomId === roomId);
  const schedule = (roomId: string) =>
    scheduleMeeting(
      deps(),
      ACTOR,
      makeScheduleMeetingSchema({ maxMembers: 300, maxSeats: 20 }).parse(scheduleInput({ roomId })),
    );
  const reschedule = (roomId: string, newRoomId: string) =>
    rescheduleMeeting(
      deps(),
      ACTOR,
      makeRescheduleSchema(Date.now).parse({
        roomId,
        newRoomId,
        schedule: { date: daysFromNow(12), time: "09:00", timeZone: "UTC", durationMinutes: 30 },
      }),
    );
  /** Tencent makes the room but its answer is lost, and every check of it fails: the create is unconfirmed. */
  const loseTheNextCreate = () => {
    world.sandbox.injectFault({ kind: "createThenDrop", command: "create_room", times: 1 });
    world.sandbox.injectFault({ kind: "http502", command: "get_room_info", times: 4 });
  };

  it("refuses the RoomId a cancelled occurrence keeps, before anything is recorded or sent", async () => {
    const series = await createdSeries(
      deps(),
      ACTOR,
      seriesRequest(
        { date: daysFromNow(20), time: "09:00", timeZone: "UTC" },
        { frequency: "daily", count: 3 },
      ),
    );
    const [first, second] = series.occurrences;
    await cancelOccurrences(deps(), ACTOR, { seriesId: series.seriesId, index: 1, scope: "one" });
    const calls = world.sandbox.calls().length;

    expect(await reschedule(first!.roomId, second!.roomId)).toEqual({
      kind: "new-room-taken",
      roomId: second!.roomId,
    });

    expect(world.sandbox.calls()).toHaveLength(calls);
    expect(room(first!.roomId)).toBeDefined();
    expect(room(second!.roomId)).toBeUndefined();
    const recorded = await world.db.kysely
      .selectFrom("reschedules")
      .select("intent_id")
      .where("old_room_id", "=", first!.roomId)
      .execute();
    expect(recorded).toHaveLength(0);
    expect((await getSeries(world.db, series.seriesId))!.occurrences.map((o) => [o.roomId, o.state])).toEqual(
      [
        [first!.roomId, "scheduled"],
        [second!.roomId, "cancelled"],
        [series.occurrences[2]!.roomId, "scheduled"],
      ],
    );
  });

  it("refuses a RoomId whose schedule Tencent has not confirmed yet", async () => {
    const meeting = `rt-${randomHex(5)}`;
    expect(await schedule(meeting)).toMatchObject({ kind: "scheduled" });
    const pending = `rt-${randomHex(5)}`;
    loseTheNextCreate();
    expect(await schedule(pending)).toMatchObject({ kind: "unconfirmed" });
    const calls = world.sandbox.calls().length;

    expect(await reschedule(meeting, pending)).toEqual({ kind: "new-room-taken", roomId: pending });
    expect(world.sandbox.calls()).toHaveLength(calls);
    expect(room(meeting)).toBeDefined();
  });

  it("refuses the new RoomId of another meeting's reschedule that is not finished", async () => {
    const [first, second] = [`rt-${randomHex(5)}`, `rt-${randomHex(5)}`];
    for (const roomId of [first, second]) expect(await schedule(roomId)).toMatchObject({ kind: "scheduled" });
    loseTheNextCreate();
    expect(await reschedule(first, `${first}-r2`)).toMatchObject({ kind: "unconfirmed" });
    const calls = world.sandbox.calls().length;

    expect(await reschedule(second, `${first}-r2`)).toEqual({
      kind: "new-room-taken",
      roomId: `${first}-r2`,
    });
    expect(world.sandbox.calls()).toHaveLength(calls);
    expect(room(second)).toBeDefined();
  });
});
