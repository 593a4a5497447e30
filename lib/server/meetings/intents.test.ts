import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ENGINES, openTestDb, type TestDb } from "@/tests/db-engines";
import { intentRequest } from "@/tests/scheduling-deps";
import { randomHex } from "@/tests/trtc-test-app";
import {
  bodyHash,
  claimIntent,
  finishIntent,
  priorUnsettledIntent,
  takeOverIntent,
  getIntent,
} from "./intents";

describe.each(ENGINES)("scheduling intents on %s", (engine) => {
  let db: TestDb;
  beforeAll(async () => {
    db = await openTestDb(engine);
  });
  afterAll(() => db.dispose());

  async function intentFor(roomId: string, owner = "w1") {
    const request = intentRequest({ roomId });
    const intentId = `intent-${randomHex(6)}`;
    await claimIntent(
      db,
      {
        intent_id: intentId,
        room_id: roomId,
        actor_id: "admin-1",
        body_hash: bodyHash(request.body),
        start_time: request.body.RoomInfo.ScheduleStartTime ?? null,
        request,
      },
      { owner, ms: 60_000 },
    );
    return intentId;
  }

  it("an intent refused definitely (failed) no longer makes a later one for its RoomId verify first", async () => {
    const roomId = `ri-${randomHex(4)}`;
    const refused = await intentFor(roomId);
    const next = `intent-${randomHex(6)}`;
    expect(await priorUnsettledIntent(db, roomId, next)).toBe(true);
    await finishIntent(db, refused, "w1", "failed", { ok: false, error: { code: "trtc:100002" } });
    expect(await priorUnsettledIntent(db, roomId, next)).toBe(false);
  });

  it("an unknown intent stays unsettled until it is settled", async () => {
    const roomId = `ri-${randomHex(4)}`;
    const id = await intentFor(roomId);
    await finishIntent(db, id, "w1", "unknown", { ok: false });
    expect(await priorUnsettledIntent(db, roomId, "other")).toBe(true);
  });

  it("only the lease holder's word counts, and a held lease cannot be taken", async () => {
    const id = await intentFor(`ri-${randomHex(4)}`, "holder");
    expect(await finishIntent(db, id, "intruder", "created", { ok: true })).toBe(false);
    expect(await takeOverIntent(db, (await getIntent(db, id))!, { owner: "intruder", ms: 60_000 })).toBe(
      false,
    );
    expect(await finishIntent(db, id, "holder", "created", { ok: true })).toBe(true);
    expect((await getIntent(db, id))?.status).toBe("created");
  });
});
