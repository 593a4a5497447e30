import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { ENGINES, openTestDb, type TestDb } from "@/tests/db-engines";
import { randomHex } from "@/tests/trtc-test-app";
import { TrtcError, type TrtcCallResult } from "../trtc";
import { auditedAttempt, AuditUnavailableError } from "./trtc-attempt";

const SECRET = `attempt-${randomHex(16)}`;
const actor = { id: "admin-1", role: "admin" };

function answer(random: number, ok: boolean): TrtcCallResult<null> {
  const facts = {
    command: "create_room" as const,
    path: "room_engine_http_srv/create_room" as const,
    endpoint: "",
    random,
    requestBody: { RoomInfo: { RoomId: "r1" } },
    httpStatus: 200,
    latencyMs: 12,
    responseBody: { ErrorCode: ok ? 0 : 100001, note: `echo ${SECRET}` },
  };
  if (ok) return { ...facts, ok: true, requestId: "Id-ok-O-Seq-1", response: null };
  const error = new TrtcError({
    kind: "upstream",
    command: "create_room",
    code: 100001,
    requestId: "Id-f-O-Seq-2",
  });
  return { ...facts, ok: false, requestId: error.requestId, error };
}

describe.each(ENGINES)("audit before send on %s", (engine) => {
  let db: TestDb;
  beforeAll(async () => {
    db = await openTestDb(engine);
  });
  afterAll(() => db.dispose());

  const ctx = (intentId: string) => ({
    actor,
    action: "room.create" as const,
    roomId: "r1",
    intentId,
    attempt: 1,
  });
  const rowsOf = (intentId: string) =>
    db.kysely
      .selectFrom("audit_log")
      .leftJoin("audit_payload", "audit_payload.audit_id", "audit_log.id")
      .leftJoin("audit_response", "audit_response.audit_id", "audit_log.id")
      .select([
        "audit_log.id",
        "outcome",
        "call_random",
        "request_id",
        "request_body",
        "audit_response.response_body",
      ])
      .where("intent_id", "=", intentId)
      .execute();

  it("the row is pending, with the call's random, before the request leaves; the answer completes it", async () => {
    const intentId = `i-${randomHex(4)}`;
    let seenWhileSending: unknown[] = [];
    const result = await auditedAttempt(
      db,
      ctx(intentId),
      [SECRET],
      { command: "create_room", body: { RoomInfo: { RoomId: "r1" } } },
      async (opts) => {
        seenWhileSending = await rowsOf(intentId);
        return answer(opts.random!, true);
      },
    );
    expect(result.ok).toBe(true);
    expect(seenWhileSending).toEqual([
      expect.objectContaining({ outcome: "pending", call_random: expect.anything(), request_id: null }),
    ]);
    const [row] = await rowsOf(intentId);
    expect(row).toMatchObject({ outcome: "ok", request_id: "Id-ok-O-Seq-1" });
    expect(Number(row!.call_random)).toBe(result.random);
    expect(row!.response_body).toContain("echo [redacted]");
  });

  it("sends nothing when the pending row cannot be written", async () => {
    const send = vi.fn(async (opts: { random?: number }) => answer(opts.random!, true));
    // The database refuses every write (disk full, read-only): both engines' insert paths throw.
    const refusing = {
      ...db,
      kysely: new Proxy(db.kysely, {
        get: (target, key) =>
          key === "transaction" || key === "with"
            ? () => {
                throw new Error("disk full");
              }
            : Reflect.get(target, key),
      }),
    } as TestDb;
    await expect(
      auditedAttempt(refusing, ctx(`i-${randomHex(4)}`), [], { command: "create_room", body: {} }, send),
    ).rejects.toBeInstanceOf(AuditUnavailableError);
    expect(send).not.toHaveBeenCalled();
  });

  it("keeps a success whose completion cannot be written, and says so in the log", async () => {
    const intentId = `i-${randomHex(4)}`;
    const log = vi.spyOn(console, "error").mockImplementation(() => {});
    const result = await auditedAttempt(
      db,
      ctx(intentId),
      [],
      { command: "create_room", body: {} },
      async (opts) => {
        // Someone else completed it first (as the reconciler does for a lost process): the completion is refused.
        const [row] = await rowsOf(intentId);
        await db.kysely
          .updateTable("audit_log")
          .set({ outcome: "interrupted" })
          .where("id", "=", row!.id)
          .execute();
        return answer(opts.random!, true);
      },
    );
    expect(result.ok).toBe(true);
    expect(log).toHaveBeenCalledWith(expect.stringMatching(/could not be recorded/));
    log.mockRestore();
  });

  it("allows exactly one change, pending → final, and never a change of what was attempted", async () => {
    const intentId = `i-${randomHex(4)}`;
    await auditedAttempt(db, ctx(intentId), [], { command: "create_room", body: {} }, async (opts) =>
      answer(opts.random!, false),
    );
    const [row] = await rowsOf(intentId);
    const id = row!.id;
    await expect(
      db.kysely.updateTable("audit_log").set({ outcome: "ok" }).where("id", "=", id).execute(),
    ).rejects.toThrow(/append-only/);
    await expect(db.kysely.deleteFrom("audit_response").where("audit_id", "=", id).execute()).rejects.toThrow(
      /append-only/,
    );
    await expect(
      db.kysely
        .updateTable("audit_response")
        .set({ response_body: "{}" })
        .where("audit_id", "=", id)
        .execute(),
    ).rejects.toThrow(/append-only/);

    const pending = `i-${randomHex(4)}`;
    let pendingId = 0;
    await auditedAttempt(db, ctx(pending), [], { command: "create_room", body: {} }, async (opts) => {
      pendingId = (await rowsOf(pending))[0]!.id;
      await expect(
        db.kysely
          .updateTable("audit_log")
          .set({ room_id: "elsewhere", outcome: "ok" })
          .where("id", "=", pendingId)
          .execute(),
      ).rejects.toThrow(/append-only/);
      await expect(
        db.kysely.updateTable("audit_log").set({ outcome: "pending" }).where("id", "=", pendingId).execute(),
      ).rejects.toThrow(/append-only/);
      return answer(opts.random!, true);
    });
    expect((await rowsOf(pending))[0]).toMatchObject({ outcome: "ok" });
  });
});
