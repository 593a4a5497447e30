import { describe, expect, it } from "vitest";
import { translator } from "@/lib/i18n/catalogs";
import { ENGINES } from "@/tests/db-engines";
import { seriesWorld } from "@/tests/series-world";
import { scheduleInput } from "@/tests/schedule-input";
import { submitSchedule } from "@/tests/schedule-submit";
import { schedulingDepsFor } from "@/tests/scheduling-deps";
import { createdSeries, seriesRequest } from "@/tests/series";
import { randomHex } from "@/tests/trtc-test-app";
import { getSeries } from "../series/read-series";
import { cancelOccurrences } from "../series/series-changes";
import { cancelMeeting } from "./cancel-meeting";

const SECRET = `schedule-held-${randomHex(16)}`;
const ACTOR = { id: "admin-schedule-held", role: "admin" as const };
const BERLIN = "Europe/Berlin";
const t = translator();

describe.each(ENGINES)("scheduling a RoomId a series keeps on %s", (engine) => {
  const world = seriesWorld(engine, SECRET, ACTOR.id);

  const deps = () => schedulingDepsFor(world.db, world.sandbox, SECRET);
  const submit = (roomId: string, intentId = `intent-${randomHex(8)}`) =>
    submitSchedule(deps(), ACTOR, scheduleInput({ roomId, roomName: "Solo", intentId }));
  /** A daily series of three with its middle day (the spring clock change at 02:30) left out. */
  const withDayLeftOut = (base = `sh-${randomHex(4)}`) =>
    createdSeries(
      deps(),
      ACTOR,
      seriesRequest(
        { date: "2027-03-27", time: "02:30", timeZone: BERLIN },
        { frequency: "daily", count: 3, choices: { "2027-03-28": "skip" } },
        base,
      ),
    );
  const intentsFor = (roomId: string) =>
    world.db.kysely
      .selectFrom("schedule_intents")
      .select("intent_id")
      .where("room_id", "=", roomId)
      .execute();
  const indexed = (roomId: string) =>
    world.db.kysely.selectFrom("meetings").select("room_id").where("room_id", "=", roomId).executeTakeFirst();

  it("refuses a day left out beside the Room ID field, with nothing recorded or sent", async () => {
    const series = await withDayLeftOut();
    const skipped = series.occurrences[1]!;
    expect(skipped.state).toBe("skipped");
    const calls = world.sandbox.calls().length;

    expect(await submit(skipped.roomId)).toEqual({
      ok: false,
      error: {
        code: "conflict:room",
        message: t("schedule.roomIdHeld", { roomId: skipped.roomId }),
        requestId: null,
      },
      fieldErrors: { roomId: [t("schedule.roomIdTaken")] },
    });

    expect(world.sandbox.calls()).toHaveLength(calls);
    expect(await intentsFor(skipped.roomId)).toHaveLength(0);
    expect(await indexed(skipped.roomId)).toBeUndefined();
    expect((await getSeries(world.db, series.seriesId))!.occurrences.map((o) => o.state)).toEqual([
      "scheduled",
      "skipped",
      "scheduled",
    ]);

    const unrelated = `sh-${randomHex(5)}`;
    expect(await submit(unrelated)).toMatchObject({ ok: true, roomId: unrelated });
    expect(await indexed(unrelated)).toBeDefined();
  });

  it("refuses a cancelled occurrence's RoomId, with nothing recorded or sent", async () => {
    const series = await withDayLeftOut();
    const last = series.occurrences[2]!;
    await cancelOccurrences(deps(), ACTOR, { seriesId: series.seriesId, index: 2, scope: "one" });
    const calls = world.sandbox.calls().length;

    expect(await submit(last.roomId)).toMatchObject({
      ok: false,
      error: { code: "conflict:room" },
      fieldErrors: { roomId: [t("schedule.roomIdTaken")] },
    });
    expect(world.sandbox.calls()).toHaveLength(calls);
    expect(await intentsFor(last.roomId)).toHaveLength(1);
    expect((await getSeries(world.db, series.seriesId))!.occurrences[2]!.state).toBe("cancelled");
  });

  it("answers a resend of a stored intent with its outcome, though a series has kept the RoomId since", async () => {
    const base = `sh-${randomHex(4)}`;
    const day = `${base}-20270328`;
    const intentId = `intent-${randomHex(8)}`;
    const first = await submit(day, intentId);
    expect(first).toMatchObject({ ok: true, roomId: day });
    expect(await cancelMeeting(deps(), ACTOR, { roomId: day, confirmName: "Solo" })).toMatchObject({
      kind: "cancelled",
    });
    const series = await withDayLeftOut(base);
    expect(series.occurrences[1]).toMatchObject({ roomId: day, state: "skipped" });
    const calls = world.sandbox.calls().length;

    expect(await submit(day, intentId)).toEqual(first);
    expect(world.sandbox.calls()).toHaveLength(calls);
  });
});
