import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { RunningSandbox } from "@/lib/sandbox";
import { ENGINES, openTestDb, type TestDb } from "@/tests/db-engines";
import { intentRequest, schedulingDepsFor } from "@/tests/scheduling-deps";
import { startTestSandbox } from "@/tests/trtc-client";
import { randomHex } from "@/tests/trtc-test-app";
import { bodyHash, claimIntent, finishIntent, getIntent, type IntentRequest } from "./intents";
import { reconcileOnce, RECONCILER_ACTOR } from "./reconciler";

const SECRET = `reconcile-${randomHex(16)}`;

describe.each(ENGINES)("the reconciler on %s", (engine) => {
  let db: TestDb;
  let sandbox: RunningSandbox;
  beforeAll(async () => {
    db = await openTestDb(engine);
    sandbox = await startTestSandbox(SECRET);
  });
  afterAll(async () => {
    await sandbox.close();
    await db.dispose();
  });
  beforeEach(() => sandbox.reset());

  /** An intent whose worker gave up as "unknown" (Tencent did not confirm) and released it. */
  async function unknownIntent(request: IntentRequest = intentRequest()) {
    const intentId = `intent-${randomHex(8)}`;
    const worker = schedulingDepsFor(db, sandbox, SECRET, { owner: "crashed-worker" });
    await claimIntent(
      db,
      {
        intent_id: intentId,
        room_id: request.values.roomId,
        actor_id: "admin-1",
        body_hash: bodyHash(request.body),
        start_time: request.body.RoomInfo.ScheduleStartTime ?? null,
        request,
      },
      worker.lease,
    );
    await finishIntent(db, intentId, "crashed-worker", "unknown", { ok: false });
    return { intentId, request };
  }

  const putRoom = (room: unknown) =>
    fetch(`${sandbox.url}/__sandbox/rooms`, { method: "POST", body: JSON.stringify(room) });
  const trail = async (intentId: string) =>
    (
      await db.kysely
        .selectFrom("audit_log")
        .select(["action", "outcome", "actor_id"])
        .where("intent_id", "=", intentId)
        .orderBy("id")
        .execute()
    ).map((r) => `${r.actor_id} ${r.action}:${r.outcome}`);
  const meeting = (roomId: string) =>
    db.kysely.selectFrom("meetings").selectAll().where("room_id", "=", roomId).executeTakeFirst();
  const creates = () => sandbox.calls().filter((c) => c.command === "create_room");

  it("finds our room: settles the intent as created and indexes it, creating nothing", async () => {
    const { intentId, request } = await unknownIntent();
    expect((await putRoom(request.body)).status).toBe(201);
    const report = await reconcileOnce(schedulingDepsFor(db, sandbox, SECRET));
    expect(report.settled).toBe(1);
    expect(await getIntent(db, intentId)).toMatchObject({ status: "created", lease_owner: null });
    expect(JSON.parse((await getIntent(db, intentId))!.outcome!)).toMatchObject({
      kind: "scheduled",
      meeting: { verified: true },
    });
    expect(await meeting(request.values.roomId)).toMatchObject({
      status: "scheduled",
      created_by: "admin-1",
    });
    expect(creates()).toHaveLength(0);
    expect(await trail(intentId)).toEqual([`${RECONCILER_ACTOR.id} room.verify:ok`]);
  });

  it("finds no room while the start is ahead: creates it with the same RoomId", async () => {
    const { intentId, request } = await unknownIntent();
    await reconcileOnce(schedulingDepsFor(db, sandbox, SECRET));
    expect((await getIntent(db, intentId))?.status).toBe("created");
    expect(sandbox.rooms().map((r) => r.RoomId)).toEqual([request.values.roomId]);
    expect(await trail(intentId)).toEqual([
      `${RECONCILER_ACTOR.id} room.verify:failed`,
      `${RECONCILER_ACTOR.id} room.create:ok`,
    ]);
  });

  it("finds no room once the start has passed: fails it with the reason, creates nothing", async () => {
    const { intentId, request } = await unknownIntent();
    const start = request.body.RoomInfo.ScheduleStartTime! * 1000;
    await reconcileOnce(schedulingDepsFor(db, sandbox, SECRET, { now: () => start + 60_000 }));
    const row = await getIntent(db, intentId);
    expect(row?.status).toBe("failed");
    expect(JSON.parse(row!.outcome!)).toMatchObject({ kind: "start-passed" });
    expect(creates()).toHaveLength(0);
  });

  it("finds someone else's room: a conflict, nothing overwritten", async () => {
    const { intentId, request } = await unknownIntent();
    await putRoom({ ...request.body.RoomInfo, Owner_Account: "mallory" });
    await reconcileOnce(schedulingDepsFor(db, sandbox, SECRET));
    expect((await getIntent(db, intentId))?.status).toBe("conflict");
    expect(sandbox.rooms()[0]?.Owner_Account).toBe("mallory");
    expect(await meeting(request.values.roomId)).toBeUndefined();
  });

  it("leaves the intent unknown while Tencent still does not answer, and settles it on a later pass", async () => {
    const { intentId, request } = await unknownIntent();
    await putRoom(request.body);
    sandbox.injectFault({ command: "get_room_info", kind: "http502", times: 1 });
    await reconcileOnce(schedulingDepsFor(db, sandbox, SECRET));
    expect(await getIntent(db, intentId)).toMatchObject({ status: "unknown", lease_owner: null });
    await reconcileOnce(schedulingDepsFor(db, sandbox, SECRET));
    expect((await getIntent(db, intentId))?.status).toBe("created");
    expect(creates()).toHaveLength(0);
  });

  it("takes over a pending intent whose worker died (lease expired), but never one a live worker holds", async () => {
    const request = intentRequest();
    const dead = schedulingDepsFor(db, sandbox, SECRET, { owner: "dead", now: () => Date.now() - 120_000 });
    const live = intentRequest();
    const claim = (r: IntentRequest, lease: typeof dead.lease) =>
      claimIntent(
        db,
        {
          intent_id: `intent-${randomHex(8)}`,
          room_id: r.values.roomId,
          actor_id: "admin-1",
          body_hash: bodyHash(r.body),
          start_time: r.body.RoomInfo.ScheduleStartTime ?? null,
          request: r,
        },
        lease,
      );
    await claim(request, dead.lease);
    await claim(live, { owner: "alive", ms: 60_000 });
    await reconcileOnce(schedulingDepsFor(db, sandbox, SECRET));
    expect(sandbox.rooms().map((r) => r.RoomId)).toEqual([request.values.roomId]);
    const alive = await db.kysely
      .selectFrom("schedule_intents")
      .select(["status", "lease_owner"])
      .where("room_id", "=", live.values.roomId)
      .executeTakeFirst();
    expect(alive).toEqual({ status: "pending", lease_owner: "alive" });
  });

  it("two instances reconciling at once settle each intent exactly once", async () => {
    const intents = await Promise.all(Array.from({ length: 8 }, () => unknownIntent()));
    for (const { request } of intents.slice(0, 4)) await putRoom(request.body);
    const a = schedulingDepsFor(db, sandbox, SECRET, { owner: "instance-a" });
    const b = schedulingDepsFor(db, sandbox, SECRET, { owner: "instance-b" });
    const [ra, rb] = await Promise.all([reconcileOnce(a), reconcileOnce(b)]);
    expect(ra.settled + rb.settled).toBe(8);
    for (const { intentId } of intents) {
      expect((await getIntent(db, intentId))?.status).toBe("created");
      const verifies = (await trail(intentId)).filter((t) => t.includes("room.verify"));
      expect(verifies).toHaveLength(1);
    }
    expect(creates()).toHaveLength(4);
    expect(new Set(sandbox.rooms().map((r) => r.RoomId)).size).toBe(8);
  });
});
