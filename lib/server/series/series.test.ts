import { describe, expect, it } from "vitest";
import { epochToWallTime } from "@/lib/time/wall-time";
import { ENGINES } from "@/tests/db-engines";
import { seriesWorld } from "@/tests/series-world";
import { schedulingDepsFor } from "@/tests/scheduling-deps";
import { randomHex } from "@/tests/trtc-test-app";
import { seedMeeting } from "@/tests/meeting-fixtures";
import { createdSeries, seriesRequest, seriesSchema } from "@/tests/series";
import { createSeries } from "./create-series";
import { getSeries } from "./read-series";
import { editSeries } from "./edit-series";
import { cancelOccurrences } from "./series-changes";
import { seriesAuditId } from "./series-ids";

const SECRET = `series-${randomHex(16)}`;
const ACTOR = { id: "admin-series", role: "admin" };
const schema = seriesSchema;

describe.each(ENGINES)("recurring series on %s", (engine) => {
  const world = seriesWorld(engine, SECRET, ACTOR.id);

  const deps = () => schedulingDepsFor(world.db, world.sandbox, SECRET, { owner: "series-worker" });
  const room = (roomId: string) => world.sandbox.rooms().find((r) => r.RoomId === roomId);

  const created = (raw: unknown) => createdSeries(deps(), ACTOR, raw);

  it("makes each Tuesday's room at 09:00 Berlin time across the October change, exactly once", async () => {
    const series = await created(
      seriesRequest(
        { date: "2027-09-28", time: "09:00", timeZone: "Europe/Berlin" },
        { weekdays: ["TU"], count: 10 },
      ),
    );
    expect(series.occurrences.map((o) => o.state)).toEqual(Array(10).fill("scheduled"));
    expect(series.rrule).toBe("FREQ=WEEKLY;BYDAY=TU;COUNT=10");
    const creates = world.sandbox.calls().filter((c) => c.command === "create_room");
    expect(creates).toHaveLength(10);
    for (const o of series.occurrences) {
      const r = room(o.roomId)!;
      expect(o.roomId).toBe(`${series.roomIdBase}-${o.date.replaceAll("-", "")}`);
      expect(epochToWallTime(r.ScheduleStartTime, "Europe/Berlin")).toEqual({ date: o.date, time: "09:00" });
      expect(r.ScheduleStartTime % 60).toBe(0);
      expect(r.ScheduleEndTime - r.ScheduleStartTime).toBe(15 * 60);
    }
  });

  it("cancels one occurrence and renames this and following, each room through its own service", async () => {
    const series = await created(
      seriesRequest(
        { date: "2027-09-28", time: "09:00", timeZone: "Europe/Berlin" },
        { weekdays: ["TU"], count: 10 },
      ),
    );
    const input = { seriesId: series.seriesId };
    expect(await cancelOccurrences(deps(), ACTOR, { ...input, index: 2, scope: "one" })).toMatchObject({
      kind: "done",
      changed: [series.occurrences[2]!.roomId],
    });
    expect(room(series.occurrences[2]!.roomId)).toBeUndefined();
    const renamed = await editSeries(deps(), ACTOR, {
      ...input,
      index: 5,
      scope: "following",
      changes: { roomName: "Retro" },
    });
    expect(renamed).toMatchObject({ kind: "done", failed: [] });
    const after = (await getSeries(world.db, series.seriesId))!;
    expect(after.occurrences.map((o) => o.state)[2]).toBe("cancelled");
    expect(after.occurrences.map((o) => room(o.roomId)?.RoomName ?? null)).toEqual([
      ...Array(2).fill("Stand-up"),
      null,
      ...Array(2).fill("Stand-up"),
      ...Array(5).fill("Retro"),
    ]);
    expect(after.occurrences.slice(5).every((o) => o.changed.includes("roomName"))).toBe(true);
    const events = await world.db.kysely
      .selectFrom("audit_log")
      .select("action")
      .where("intent_id", "=", seriesAuditId(series.seriesId))
      .orderBy("id")
      .execute();
    expect(events.map((e) => e.action)).toEqual(["series.create", "series.cancel", "series.update"]);
    const roomEvents = await world.db.kysely
      .selectFrom("audit_log")
      .select(["action", "room_id"])
      .where("action", "in", ["room.destroy", "room.update"])
      .where(
        "room_id",
        "in",
        after.occurrences.map((o) => o.roomId),
      )
      .execute();
    expect(roomEvents.filter((e) => e.action === "room.destroy")).toHaveLength(1);
    expect(roomEvents.filter((e) => e.action === "room.update")).toHaveLength(5);
  });

  it("finds the last Friday of each month in Sydney at the same local time", async () => {
    const series = await created(
      seriesRequest(
        { date: "2027-03-01", time: "18:30", timeZone: "Australia/Sydney" },
        { frequency: "monthly", monthlyBy: "weekday", nth: -1, weekday: "FR", count: 8 },
      ),
    );
    const days = series.occurrences.map((o) =>
      epochToWallTime(room(o.roomId)!.ScheduleStartTime, "Australia/Sydney"),
    );
    expect(days.map((d) => d.time)).toEqual(Array(8).fill("18:30"));
    expect(days.map((d) => d.date)).toEqual([
      "2027-03-26",
      "2027-04-30",
      "2027-05-28",
      "2027-06-25",
      "2027-07-30",
      "2027-08-27",
      "2027-09-24",
      "2027-10-29",
    ]);
  });

  it("makes the room at the chosen happening of a repeated wall time, and none on a day left out", async () => {
    const series = await created(
      seriesRequest(
        { date: "2027-10-30", time: "02:30", timeZone: "Europe/Berlin" },
        { frequency: "daily", count: 3, choices: { "2027-10-31": "later" } },
      ),
    );
    const later = room(series.occurrences[1]!.roomId)!;
    expect(new Date(later.ScheduleStartTime * 1000).toISOString()).toBe("2027-10-31T01:30:00.000Z");
    expect(series.occurrences[1]!.changed).toEqual(["start"]);

    const spring = await created(
      seriesRequest(
        { date: "2027-03-27", time: "02:30", timeZone: "Europe/Berlin" },
        { frequency: "daily", count: 3, choices: { "2027-03-28": "skip" } },
      ),
    );
    expect(spring.occurrences.map((o) => o.state)).toEqual(["scheduled", "skipped", "scheduled"]);
    expect(room(spring.occurrences[1]!.roomId)).toBeUndefined();
  });

  it("refuses a 51-meeting series and an undecided skipped time before anything is stored or sent", async () => {
    const tooMany = schema.safeParse(
      seriesRequest(
        { date: "2027-01-04", time: "10:00", timeZone: "UTC" },
        { frequency: "daily", ends: "until", until: "2027-02-23" },
      ),
    );
    expect(tooMany.success).toBe(false);
    expect(tooMany.error!.issues.map((i) => i.path.join("."))).toEqual(["repeat.until"]);
    const undecided = schema.safeParse(
      seriesRequest(
        { date: "2027-03-21", time: "02:30", timeZone: "Europe/Berlin" },
        { weekdays: ["SU"], count: 3 },
      ),
    );
    expect(undecided.error!.issues.map((i) => i.path.join("."))).toEqual(["repeat.choices.2027-03-28"]);
    const longBase = schema.safeParse(
      seriesRequest(
        { date: "2027-01-04", time: "10:00", timeZone: "UTC" },
        { frequency: "daily", count: 2 },
        "b".repeat(40),
      ),
    );
    expect(longBase.error!.issues.map((i) => i.path.join("."))).toEqual(["roomId"]);
    expect(world.sandbox.calls()).toEqual([]);
  });

  it("answers a resent submission with the series it already made", async () => {
    const raw = seriesRequest(
      { date: "2027-05-03", time: "11:00", timeZone: "UTC" },
      { frequency: "weekdays", count: 3 },
    );
    const first = await createSeries(deps(), ACTOR, schema.parse(raw));
    const again = await createSeries(deps(), ACTOR, schema.parse(raw));
    expect(again).toEqual({
      kind: "exists",
      seriesId: raw.seriesId,
      jobId: (first as { jobId: string }).jobId,
    });
    const rows = await world.db.kysely
      .selectFrom("series_occurrences")
      .select("room_id")
      .where("series_id", "=", raw.seriesId)
      .execute();
    expect(rows).toHaveLength(3);
  });

  it("refuses a RoomId another series keeps for a day it left out, or a create not confirmed yet, storing nothing", async () => {
    const base = `kp-${randomHex(4)}`;
    // The first series leaves out 2027-03-28, whose 02:30 Berlin never happens: its RoomId stays with it.
    const first = await created(
      seriesRequest(
        { date: "2027-03-27", time: "02:30", timeZone: "Europe/Berlin" },
        { frequency: "daily", count: 2, choices: { "2027-03-28": "skip" } },
        base,
      ),
    );
    const left = first.occurrences.find((o) => o.state === "skipped")!;
    expect(left.roomId).toBe(`${base}-20270328`);
    // A single meeting's create of another day's RoomId is recorded but not yet confirmed.
    const pending = `${base}-20270331`;
    await world.db.kysely
      .insertInto("schedule_intents")
      .values({
        intent_id: `pending-${randomHex(4)}`,
        room_id: pending,
        actor_id: ACTOR.id,
        body_hash: "h",
        start_time: null,
        request: null,
        status: "pending",
        outcome: null,
        created_at: "2027-01-01T00:00:00.000Z",
        updated_at: "2027-01-01T00:00:00.000Z",
        lease_owner: "other",
        lease_until: "2099-01-01T00:00:00.000Z",
      })
      .execute();
    world.sandbox.reset();
    const overlapping = (date: string) =>
      createSeries(
        deps(),
        ACTOR,
        schema.parse(
          seriesRequest(
            { date, time: "14:00", timeZone: "Europe/Berlin" },
            { frequency: "daily", count: 2 },
            base,
          ),
        ),
      );
    expect(await overlapping("2027-03-28")).toEqual({ kind: "room-taken", roomId: left.roomId });
    expect(await overlapping("2027-03-30")).toEqual({ kind: "room-taken", roomId: pending });
    const stored = await world.db.kysely
      .selectFrom("series_occurrences")
      .select("series_id")
      .where("room_id", "like", `${base}-%`)
      .execute();
    expect(new Set(stored.map((r) => r.series_id))).toEqual(new Set([first.seriesId]));
    expect(world.sandbox.calls()).toEqual([]);
  });

  it("refuses a series whose day left out names a live meeting's RoomId: the series would keep it", async () => {
    const base = `lv-${randomHex(4)}`;
    await seedMeeting(world.db, { roomId: `${base}-20270328`, start: Date.UTC(2027, 2, 28, 12) / 1000 });
    const outcome = await createSeries(
      deps(),
      ACTOR,
      schema.parse(
        seriesRequest(
          { date: "2027-03-27", time: "02:30", timeZone: "Europe/Berlin" },
          { frequency: "daily", count: 2, choices: { "2027-03-28": "skip" } },
          base,
        ),
      ),
    );
    expect(outcome).toEqual({ kind: "room-taken", roomId: `${base}-20270328` });
  });
});
