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

  const entry = {
    actor_id: "u1",
    actor_role: "admin",
    action: "room.create",
    command: "create_room",
    room_id: "rd-1",
    intent_id: "i-1",
    attempt: 1,
    request_id: "Id-8c9858f01e954611ae2d4c1b1ed7d583-O-Seq-1",
    error_code: 0,
    error_info: "",
    outcome: "ok" as const,
    http_status: 200,
    latency_ms: 12,
  };

  it("stores a row with every column and redacted bodies", async () => {
    const id = await recordAudit(
      db,
      {
        ...entry,
        requestBody: { RoomInfo: { RoomId: "rd-1" }, usersig: SECRET },
        responseBody: { ok: SECRET },
      },
      { secrets: [SECRET] },
    );
    const row = await db.kysely
      .selectFrom("audit_log")
      .selectAll()
      .where("id", "=", id)
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject(entry);
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
    await recordAudit(db, { ...entry, requestBody: { RoomInfo: { RoomId: "rd-1" } } });
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
