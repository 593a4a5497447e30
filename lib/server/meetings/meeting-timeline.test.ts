import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { recordAudit, type AuditActor } from "@/lib/server/audit/record";
import { seedAccount } from "@/tests/bulk-jobs";
import { ENGINES, openTestDb, type TestDb } from "@/tests/db-engines";
import { seedMeeting } from "@/tests/meeting-fixtures";
import { recordingQueries } from "@/tests/query-recorder";
import { getMeetingDetail } from "./get-meeting";

const NOW = 1_900_000_000;
const ROOM = "rd-story-1";
const ada: AuditActor = { id: "ada", role: "admin" };
const grace: AuditActor = { id: "grace", role: "support" };

describe.each(ENGINES)("a meeting's timeline on %s", (engine) => {
  let db: TestDb;

  beforeAll(async () => {
    db = await openTestDb(engine);
    await seedMeeting(db, { roomId: ROOM, name: "Story", start: NOW + 3600, timeZone: "UTC" });
    await db.kysely.updateTable("meetings").set({ created_by: "ada" }).where("room_id", "=", ROOM).execute();
    await seedAccount(db, "ada");
    await seedAccount(db, "grace", { role: "support" });
    const at = (i: number) => new Date(Date.UTC(2030, 0, 1, 9, i));
    await recordAudit(db, {
      actor: ada,
      action: "room.create",
      resource: { roomId: ROOM },
      outcome: "ok",
      occurredAt: at(0),
    });
    // Every visit to the meeting page reads the room live; each read is on the trail.
    for (let i = 1; i <= 12; i++)
      await recordAudit(db, {
        actor: i % 2 ? ada : grace,
        action: "room.get",
        resource: { roomId: ROOM },
        outcome: "ok",
        occurredAt: at(i),
      });
    await recordAudit(db, {
      actor: grace,
      action: "member.remove",
      resource: { roomId: ROOM },
      outcome: "ok",
      occurredAt: at(20),
    });
    await recordAudit(db, {
      actor: { id: "roomdesk:reconciler", role: "system" },
      action: "room.verify",
      resource: { roomId: ROOM },
      outcome: "ok",
      occurredAt: at(21),
    });
  });
  afterAll(() => db?.dispose());

  it("tells the room's story without a row per visit, each row by the person's name and email", async () => {
    const detail = (await getMeetingDetail(db, ROOM, NOW))!;
    expect(detail.timeline.map((e) => e.action)).toEqual(["room.verify", "member.remove", "room.create"]);
    expect(detail.timeline.map((e) => e.actor)).toEqual([
      { id: "roomdesk:reconciler", name: null, email: null },
      { id: "grace", name: "grace", email: "grace@roomdesk.test" },
      { id: "ada", name: "ada", email: "ada@roomdesk.test" },
    ]);
    expect(detail.createdBy).toEqual({ id: "ada", name: "ada", email: "ada@roomdesk.test" });
  });

  it("keeps every live read on the trail: the view leaves them out, the audit does not", async () => {
    const reads = await db.kysely
      .selectFrom("audit_log")
      .select((eb) => eb.fn.countAll<string | number>().as("n"))
      .where("room_id", "=", ROOM)
      .where("action", "=", "room.get")
      .executeTakeFirstOrThrow();
    expect(Number(reads.n)).toBe(12);
  });

  it("reads the people behind the rows in one query, however many rows there are", async () => {
    const recorded = recordingQueries(db);
    await getMeetingDetail(recorded.db, ROOM, NOW);
    // One for the timeline's actors, one for who scheduled it; never one per row.
    expect(recorded.queries.filter((tables) => tables.includes("user"))).toHaveLength(2);
  });
});
