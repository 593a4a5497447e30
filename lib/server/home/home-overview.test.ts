import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ENGINES, openTestDb, type TestDb } from "@/tests/db-engines";
import { seedMeeting } from "@/tests/meeting-fixtures";
import type { AuditLogTable } from "../db/schema";
import { homeOverview } from "./home-overview";

// 2030-03-15 10:00 in Tokyo (01:00 UTC): "today" there is the 15th, while in UTC it is too, but 9 h later.
const NOW = Date.UTC(2030, 2, 15, 1, 0) / 1000;
const HOUR = 3600;
const DAY = 24 * HOUR;
const TOKYO_MIDNIGHT = Date.UTC(2030, 2, 14, 15, 0) / 1000;

type AuditRow = Omit<AuditLogTable, "id" | "call_random" | "completed_at">;
const rid = (i: number) => `Id-${i.toString(16).padStart(32, "0")}-O-Seq-${i}`;
function call(i: number, secondsAgo: number, outcome: AuditRow["outcome"], action = "room.create"): AuditRow {
  return {
    occurred_at: new Date((NOW - secondsAgo) * 1000).toISOString(),
    actor_id: "admin",
    actor_role: "admin",
    action,
    command: "create_room",
    room_id: `room-${i}`,
    intent_id: null,
    attempt: 1,
    request_id: rid(i),
    error_code: outcome === "failed" ? 100003 : outcome === "unknown" ? null : 0,
    error_info: outcome === "failed" ? "room exists" : outcome === "unknown" ? null : "",
    outcome,
    http_status: 200,
    latency_ms: 12,
  };
}

describe.each(ENGINES)("homeOverview on %s", (engine) => {
  let db: TestDb;

  beforeAll(async () => {
    db = await openTestDb(engine);
    const meetings = [
      { roomId: "yesterday", start: TOKYO_MIDNIGHT - 2 * HOUR },
      { roomId: "early-today", start: TOKYO_MIDNIGHT + HOUR, end: TOKYO_MIDNIGHT + 2 * HOUR },
      { roomId: "live", start: NOW - 600, end: NOW + 600 },
      { roomId: "later-today", start: NOW + 5 * HOUR },
      { roomId: "cancelled-today", start: NOW + 2 * HOUR, status: "cancelled" as const },
      { roomId: "tomorrow", start: TOKYO_MIDNIGHT + DAY + 9 * HOUR },
      { roomId: "in-seven-days", start: TOKYO_MIDNIGHT + 7 * DAY + 23 * HOUR },
      { roomId: "in-eight-days", start: TOKYO_MIDNIGHT + 8 * DAY + HOUR },
    ];
    for (const m of meetings) await seedMeeting(db, { ...m, timeZone: "Asia/Tokyo" });
    await db.kysely
      .insertInto("audit_log")
      .values([
        call(1, 8 * DAY, "failed"), // older than a week
        call(2, 3 * DAY, "failed"),
        call(3, 2 * HOUR, "ok"),
        call(4, HOUR, "failed"),
        call(5, 60, "failed", "support.lookup"), // the console's own lookups are not failures of a meeting
        call(6, 30 * 60, "unknown"), // Tencent never answered: it may or may not have happened
        call(7, 5 * DAY, "unknown"),
        ...Array.from({ length: 6 }, (_, i) => call(10 + i, 30 * DAY + i, "failed")),
      ])
      .execute();
  });
  afterAll(() => db.dispose());

  const ids = (list: { roomId: string }[]) => list.map((m) => m.roomId);

  it("splits the meetings into live now, the viewer's today and the 7 days after it", async () => {
    const o = await homeOverview(db, { nowSeconds: NOW, timeZone: "Asia/Tokyo" });
    expect(ids(o.live)).toEqual(["live"]);
    expect(o.live[0]!.phase).toBe("live");
    expect(ids(o.today)).toEqual(["early-today", "live", "later-today"]);
    expect(ids(o.nextDays)).toEqual(["tomorrow", "in-seven-days"]);
    expect(o.moreNextDays).toBe(false);
  });

  it("counts the day in the viewer's zone: in Los Angeles it is still the 14th", async () => {
    const o = await homeOverview(db, { nowSeconds: NOW, timeZone: "America/Los_Angeles" });
    // 2030-03-14 18:00 PDT: midnight was at 07:00 UTC on the 14th.
    expect(ids(o.today)).toEqual(["yesterday", "early-today", "live", "later-today"]);
    expect(ids(o.nextDays)[0]).toBe("tomorrow");
  });

  it("lists the week's failed and unanswered calls newest first, each with its RequestId and outcome", async () => {
    const o = await homeOverview(db, { nowSeconds: NOW, timeZone: "Asia/Tokyo" });
    expect(o.failures.map((c) => [c.requestId, c.outcome])).toEqual([
      [rid(6), "unknown"],
      [rid(4), "failed"],
      [rid(2), "failed"],
      [rid(7), "unknown"],
    ]);
    expect(o.failures[1]).toMatchObject({ outcome: "failed", errorCode: 100003, roomId: "room-4" });
    expect(o.failures[0]).toMatchObject({ outcome: "unknown", errorCode: null, roomId: "room-6" });
  });

  it("shows at most five, the newest of both kinds", async () => {
    const more = Array.from({ length: 4 }, (_, i) => call(20 + i, 10 * 60 + i, i % 2 ? "failed" : "unknown"));
    await db.kysely.insertInto("audit_log").values(more).execute();
    const o = await homeOverview(db, { nowSeconds: NOW, timeZone: "Asia/Tokyo" });
    expect(o.failures.map((c) => c.requestId)).toEqual([rid(20), rid(21), rid(22), rid(23), rid(6)]);
  });
});
