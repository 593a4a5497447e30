import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ENGINES, openTestDb, type TestDb } from "@/tests/db-engines";
import { randomHex } from "@/tests/trtc-test-app";
import { auditedAttempt } from "../audit/trtc-attempt";
import { getCallDetail } from "./call-detail";

describe.each(ENGINES)("call detail on %s", (engine) => {
  let db: TestDb;
  beforeAll(async () => {
    db = await openTestDb(engine);
  });
  afterAll(() => db.dispose());

  it("shows the request sent before the call and the answer recorded after it", async () => {
    const intentId = `i-${randomHex(4)}`;
    const body = { RoomInfo: { RoomId: "detail-room" } };
    await auditedAttempt(
      db,
      {
        actor: { id: "admin-1", role: "admin" },
        action: "room.create",
        roomId: "detail-room",
        intentId,
        attempt: 1,
      },
      [],
      { command: "create_room", body },
      async (opts) => ({
        ok: true,
        command: "create_room",
        path: "room_engine_http_srv/create_room",
        endpoint: "",
        random: opts.random!,
        requestBody: body,
        httpStatus: 200,
        latencyMs: 3,
        responseBody: { ActionStatus: "OK", ErrorCode: 0, RequestId: "Id-detail-O-Seq-1" },
        requestId: "Id-detail-O-Seq-1",
        response: null,
      }),
    );
    const { id } = await db.kysely
      .selectFrom("audit_log")
      .select("id")
      .where("intent_id", "=", intentId)
      .executeTakeFirstOrThrow();
    const detail = await getCallDetail(db, Number(id));
    expect(detail?.call).toMatchObject({ outcome: "ok", requestId: "Id-detail-O-Seq-1" });
    expect(detail?.requestBody).toContain("detail-room");
    expect(detail?.responseBody).toContain("Id-detail-O-Seq-1");
  });
});
