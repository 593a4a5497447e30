import { describe, expect, it } from "vitest";
import { makeRescheduleOccurrenceSchema } from "@/lib/schemas/series-reschedule";
import type { SeriesView } from "@/lib/series/types";
import { epochToWallTime } from "@/lib/time/wall-time";
import { ENGINES } from "@/tests/db-engines";
import { seriesWorld } from "@/tests/series-world";
import { schedulingDepsFor } from "@/tests/scheduling-deps";
import { createdSeries, seriesRequest } from "@/tests/series";
import { randomHex } from "@/tests/trtc-test-app";
import { reconcileOnce } from "../meetings/reconciler";
import { getSeries } from "./read-series";
import { rescheduleOccurrence } from "./reschedule-occurrence";

const SECRET = `moved-ids-${randomHex(16)}`;
const ACTOR = { id: "admin-moved-ids", role: "admin" };
const BERLIN = "Europe/Berlin";

describe.each(ENGINES)("the RoomId of a moved occurrence on %s", (engine) => {
  const world = seriesWorld(engine, SECRET, ACTOR.id);

  let now = Date.now();
  const clock = () => now;
  const deps = (owner = "moved-ids-worker") =>
    schedulingDepsFor(world.db, world.sandbox, SECRET, { owner, now: clock, leaseMs: 1_000 });
  const room = (roomId: string) => world.sandbox.rooms().find((r) => r.RoomId === roomId);
  const wallTime = (roomId: string) => epochToWallTime(room(roomId)!.ScheduleStartTime, BERLIN);
  const moveTo = (series: SeriesView, index: number, time: string) =>
    rescheduleOccurrence(
      deps(),
      ACTOR,
      makeRescheduleOccurrenceSchema(Date.now).parse({
        seriesId: series.seriesId,
        index,
        schedule: { date: "2027-10-13", time, timeZone: BERLIN, durationMinutes: 30 },
      }),
    );

  it("a second occurrence moved to a date whose first move is unconfirmed gets its own RoomId", async () => {
    const series = await createdSeries(
      deps(),
      ACTOR,
      seriesRequest({ date: "2027-09-28", time: "09:00", timeZone: BERLIN }, { weekdays: ["TU"], count: 5 }),
    );
    const [third, fourth] = [series.occurrences[2]!, series.occurrences[3]!];
    const date = `${series.roomIdBase}-20271013`;
    // Tencent makes the first new room but its answer is lost, and every check of it fails.
    world.sandbox.injectFault({ kind: "createThenDrop", command: "create_room", times: 1 });
    world.sandbox.injectFault({ kind: "http502", command: "get_room_info", times: 4 });
    expect(await moveTo(series, 2, "10:00")).toMatchObject({
      outcome: { kind: "unconfirmed", to: date },
    });

    expect(await moveTo(series, 3, "16:00")).toMatchObject({
      outcome: { kind: "rescheduled", meeting: { roomId: `${date}-r2` }, oldRoom: "destroyed" },
    });
    now += 5_000;
    await reconcileOnce(deps("reconciling-instance"));

    const after = (await getSeries(world.db, series.seriesId))!;
    expect(after.occurrences.slice(2, 4).map((o) => [o.roomId, o.state])).toEqual([
      [date, "scheduled"],
      [`${date}-r2`, "scheduled"],
    ]);
    expect(wallTime(date)).toEqual({ date: "2027-10-13", time: "10:00" });
    expect(wallTime(`${date}-r2`)).toEqual({ date: "2027-10-13", time: "16:00" });
    expect(room(third.roomId)).toBeUndefined();
    expect(room(fourth.roomId)).toBeUndefined();
  });
});
