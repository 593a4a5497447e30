import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { ENGINES, openTestDb, type TestDb } from "@/tests/db-engines";
import { randomHex } from "@/tests/trtc-test-app";
import { seriesRequest, seriesSchema } from "@/tests/series";
import { createSeries } from "./create-series";

/**
 * Two series naming one RoomId, submitted at the same instant, made deterministic: the held-check
 * (room-id-held.ts) answers "free" once, as it does for the second of two submissions whose check runs
 * before the first one's transaction commits.
 */
const race = vi.hoisted(() => ({ missNext: false }));
vi.mock("../meetings/room-id-held", async (importOriginal) => {
  const original = await importOriginal<typeof import("../meetings/room-id-held")>();
  return {
    ...original,
    firstHeldRoomId: async (...args: Parameters<typeof original.firstHeldRoomId>) => {
      if (!race.missNext) return original.firstHeldRoomId(...args);
      race.missNext = false;
      return null;
    },
  };
});

const ACTOR = { id: "admin-race", role: "admin" };
const deps = (db: TestDb) => ({ db, now: () => Date.UTC(2027, 0, 1) });
const request = (base: string, date: string) =>
  seriesSchema.parse(
    seriesRequest({ date, time: "09:00", timeZone: "UTC" }, { frequency: "daily", count: 2 }, base),
  );

describe.each(ENGINES)("two series onto one RoomId at the same instant on %s", (engine) => {
  let db: TestDb;
  beforeAll(async () => (db = await openTestDb(engine)));
  afterAll(() => db.dispose());

  it("the second is refused as taken, with nothing of it stored, instead of the unique index's error", async () => {
    const base = `rc-${randomHex(4)}`;
    const first = await createSeries(deps(db), ACTOR, request(base, "2027-05-03"));
    expect(first.kind).toBe("created");
    race.missNext = true;
    const second = request(base, "2027-05-04");
    expect(await createSeries(deps(db), ACTOR, second)).toEqual({
      kind: "room-taken",
      roomId: `${base}-20270504`,
    });
    const stored = await db.kysely
      .selectFrom("meeting_series")
      .select("series_id")
      .where("series_id", "=", second.seriesId)
      .execute();
    expect(stored).toEqual([]);
  });

  it("a resend racing its own first submission gets the series that one made", async () => {
    const raw = request(`rs-${randomHex(4)}`, "2027-06-07");
    const first = await createSeries(deps(db), ACTOR, raw);
    if (first.kind !== "created") throw new Error(first.kind);
    // The resend's own read of its series ran before the first committed: it meets the primary key instead.
    const spy = vi.spyOn(db.kysely, "selectFrom");
    spy.mockImplementationOnce(((table: "meeting_series") =>
      db.kysely.selectFrom(table).where("series_id", "=", "none")) as never);
    race.missNext = true;
    expect(await createSeries(deps(db), ACTOR, raw)).toEqual({
      kind: "exists",
      seriesId: raw.seriesId,
      jobId: first.jobId,
    });
    spy.mockRestore();
  });
});
