import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ENGINES, openTestDb, type TestDb } from "@/tests/db-engines";
import { recordAudit } from "./record";

const SECRET = "CANARY-SECRET-0123456789abcdef";

describe.each(ENGINES)("audit log on %s", (engine) => {
  let db: TestDb;
  beforeAll(async () => {
    db = await openTestDb(engine);
  });
  afterAll(() => db.dispose());

  const event = {
    actor: { id: "u1", role: "admin" },
    action: "room.import" as const,
    resource: { roomId: "rd-1", intentId: "i-1" },
    outcome: "failed" as const,
    details: { error: `refused with ${SECRET}`, httpStatus: 403 },
  };
  // The columns an event fills; the TRTC columns belong to attempts (trtc-attempt.ts) and stay empty.
  const columns = {
    actor_id: "u1",
    actor_role: "admin",
    action: "room.import",
    room_id: "rd-1",
    intent_id: "i-1",
    outcome: "failed",
    http_status: 403,
    error_info: "refused with [redacted]",
    command: null,
    attempt: null,
    request_id: null,
    error_code: null,
    latency_ms: null,
    call_random: null,
    completed_at: null,
  };

  it("stores a row with every column and redacted bodies", async () => {
    const id = await recordAudit(
      db,
      {
        ...event,
        details: {
          ...event.details,
          request: { RoomInfo: { RoomId: "rd-1" }, usersig: SECRET },
          response: { ok: SECRET },
        },
      },
      { secrets: [SECRET] },
    );
    const row = await db.kysely
      .selectFrom("audit_log")
      .selectAll()
      .where("id", "=", id)
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject(columns);
    expect(row.occurred_at).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
    const payload = await db.kysely
      .selectFrom("audit_payload")
      .selectAll()
      .where("audit_id", "=", id)
      .executeTakeFirstOrThrow();
    expect(JSON.parse(payload.request_body!)).toEqual({
      RoomInfo: { RoomId: "rd-1" },
      usersig: "[redacted]",
    });
    expect(payload.response_body).not.toContain(SECRET);
  });

  it("refuses UPDATE and DELETE at the database", async () => {
    // A row of its own to aim at: UPDATE and DELETE on no rows would fire no trigger.
    await recordAudit(db, { ...event, details: { request: { RoomInfo: { RoomId: "rd-1" } } } });
    const rows = async () =>
      Number(
        (
          await db.kysely
            .selectFrom("audit_log")
            .select((eb) => eb.fn.countAll<number>().as("count"))
            .executeTakeFirstOrThrow()
        ).count,
      );
    const before = await rows();
    await expect(db.kysely.updateTable("audit_log").set({ outcome: "failed" }).execute()).rejects.toThrow(
      /append-only/,
    );
    await expect(db.kysely.deleteFrom("audit_log").execute()).rejects.toThrow(/append-only/);
    await expect(
      db.kysely.updateTable("audit_payload").set({ request_body: "{}" }).execute(),
    ).rejects.toThrow(/append-only/);
    await expect(db.kysely.deleteFrom("audit_payload").execute()).rejects.toThrow(/append-only/);
    if (engine === "postgres")
      await expect(sql`TRUNCATE audit_log CASCADE`.execute(db.kysely)).rejects.toThrow(/append-only/);
    expect(await rows()).toBe(before);
  });
});
