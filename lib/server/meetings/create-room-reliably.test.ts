import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { FaultSpec, RunningSandbox } from "@/lib/sandbox";
import { ENGINES, openTestDb, type TestDb } from "@/tests/db-engines";
import { manualClock } from "@/tests/sandbox-calls";
import { meetingBody } from "@/tests/room-bodies";
import { clientFor, hangDeadlines, startTestSandbox } from "@/tests/trtc-client";
import { randomHex } from "@/tests/trtc-test-app";
import { auditedTrtc } from "../audit/audited-trtc";
import { markInterruptedAttempts } from "../audit/trtc-attempt";
import { RetryBudget } from "../reliability/retry-budget";
import { createRoomReliably, type ReliableCreateDeps } from "./create-room-reliably";

const SECRET = `reliable-${randomHex(16)}`;
const actor = { id: "admin-1", role: "admin" as const };

const create = (f: Omit<FaultSpec, "command">, times = 1) =>
  ({ ...f, command: "create_room", times }) as FaultSpec;
const check = (f: Omit<FaultSpec, "command">, times = 1) =>
  ({ ...f, command: "get_room_info", times }) as FaultSpec;

describe.each(ENGINES)("createRoomReliably on %s", (engine) => {
  let db: TestDb;
  let sandbox: RunningSandbox;
  // The sandbox's clock: backoff waits move it, so a retry lands outside Tencent's 1 s same-RoomId window.
  const clock = manualClock();
  beforeAll(async () => {
    db = await openTestDb(engine);
    sandbox = await startTestSandbox(SECRET, { now: clock.now });
  });
  afterAll(async () => {
    await sandbox.close();
    await db.dispose();
  });
  beforeEach(() => sandbox.reset());

  function deps(intentId: string, extra: Partial<ReliableCreateDeps> = {}): ReliableCreateDeps {
    // A hang times out the moment the sandbox holds it: no real waiting, and no call times out by accident.
    const trtc = clientFor(sandbox, SECRET, { deadline: hangDeadlines(sandbox), now: clock.now });
    return {
      trtc: auditedTrtc({ db, trtc, secrets: [SECRET] }, { actor, intentId }),
      budget: new RetryBudget({ capacity: 10 }),
      maxAttempts: 3,
      backoff: { baseMs: 1, capMs: 5 },
      adminUserId: "administrator",
      sleep: async (ms) => clock.advance(ms + 1500),
      ...extra,
    };
  }

  async function auditTrail(intentId: string) {
    const rows = await db.kysely
      .selectFrom("audit_log")
      .select(["action", "outcome", "error_code"])
      .where("intent_id", "=", intentId)
      .orderBy("id")
      .execute();
    return rows.map(
      (r) => `${r.action}:${r.outcome}${r.error_code && r.error_code > 100_000 ? `:${r.error_code}` : ""}`,
    );
  }
  const createCalls = () => sandbox.calls().filter((x) => x.command.endsWith("create_room"));
  const putRoom = (room: Record<string, unknown>) =>
    fetch(`${sandbox.url}/__sandbox/rooms`, { method: "POST", body: JSON.stringify(room) });

  const cases: {
    name: string;
    faults: FaultSpec[];
    status: string;
    verified?: boolean;
    creates: number;
    rooms: number;
    trail: string[];
  }[] = [
    {
      name: "success",
      faults: [],
      status: "created",
      verified: false,
      creates: 1,
      rooms: 1,
      trail: ["room.create:ok"],
    },
    {
      name: "100001 then success",
      faults: [create({ kind: "error100001" })],
      status: "created",
      creates: 2,
      rooms: 1,
      trail: ["room.create:failed:100001", "room.create:ok"],
    },
    {
      name: "100001 three times, then the check finds no room",
      faults: [create({ kind: "error100001" }, 3)],
      status: "failed",
      creates: 3,
      rooms: 0,
      trail: [
        "room.create:failed:100001",
        "room.create:failed:100001",
        "room.create:failed:100001",
        "room.verify:failed:100004",
      ],
    },
    {
      name: "502 (room absent) then retry",
      faults: [create({ kind: "http502" })],
      status: "created",
      verified: false,
      creates: 2,
      rooms: 1,
      trail: ["room.create:unknown", "room.verify:failed:100004", "room.create:ok"],
    },
    {
      name: "timeout (room absent) then retry",
      faults: [create({ kind: "hang" })],
      status: "created",
      creates: 2,
      rooms: 1,
      trail: ["room.create:unknown", "room.verify:failed:100004", "room.create:ok"],
    },
    {
      name: "create, then drop the connection",
      faults: [create({ kind: "createThenDrop" })],
      status: "created",
      verified: true,
      creates: 1,
      rooms: 1,
      trail: ["room.create:unknown", "room.verify:ok"],
    },
    {
      name: "lost answer, failed check, then 100010 on the retry: verified as ours",
      faults: [create({ kind: "createThenDrop" }), check({ kind: "http502" })],
      status: "created",
      verified: true,
      creates: 2,
      rooms: 1,
      trail: ["room.create:unknown", "room.verify:unknown", "room.create:failed:100010", "room.verify:ok"],
    },
    {
      name: "lost answer and every check fails: unknown, never 'not scheduled'",
      faults: [create({ kind: "createThenDrop" }), check({ kind: "http502" }, 4)],
      status: "unknown",
      creates: 3,
      rooms: 1,
      trail: [
        "room.create:unknown",
        "room.verify:unknown",
        "room.create:failed:100010",
        "room.verify:unknown",
        "room.create:failed:100010",
        "room.verify:unknown",
        "room.verify:unknown",
      ],
    },
  ];

  it.each(cases)("$name → $status after exactly $creates create call(s)", async (c) => {
    const intentId = `i-${randomHex(6)}`;
    for (const f of c.faults) sandbox.injectFault(f);
    const body = meetingBody(`r-${randomHex(6)}`);
    const outcome = await createRoomReliably(deps(intentId), body);
    expect(outcome.status).toBe(c.status);
    if (c.verified !== undefined && outcome.status === "created") expect(outcome.verified).toBe(c.verified);
    expect(createCalls()).toHaveLength(c.creates);
    expect(sandbox.rooms().filter((r) => r.RoomId === body.RoomInfo.RoomId)).toHaveLength(c.rooms);
    expect(await auditTrail(intentId)).toEqual(c.trail);
  });

  it.each([
    ["100002 (invalid parameter)", { ScheduleEndTime: 1 }],
    ["an unknown field", { Bogus: true } as object],
  ])("never retries %s", async (_name, info) => {
    const intentId = `i-${randomHex(6)}`;
    const outcome = await createRoomReliably(deps(intentId), meetingBody(undefined, info));
    expect(outcome).toMatchObject({ status: "failed", attempts: 1, stoppedBy: null });
    expect(await auditTrail(intentId)).toEqual(["room.create:failed:100002"]);
  });

  it("on a clean first attempt, 100010 is a room the admin account already owns: refused, nothing touched", async () => {
    const body = meetingBody();
    expect((await putRoom({ ...body.RoomInfo, RoomName: "Made earlier" })).status).toBe(201);
    const intentId = `i-${randomHex(6)}`;
    const outcome = await createRoomReliably(deps(intentId), body);
    expect(outcome.status === "failed" && outcome.error?.code).toBe(100010);
    expect(await auditTrail(intentId)).toEqual(["room.create:failed:100010"]);
    expect(sandbox.rooms().find((r) => r.RoomId === body.RoomInfo.RoomId)?.RoomName).toBe("Made earlier");
  });

  it("on a clean first attempt, 100003 is someone else's room: 'already in use', nothing touched", async () => {
    const body = meetingBody();
    expect((await putRoom({ ...body.RoomInfo, Owner_Account: "carol" })).status).toBe(201);
    const intentId = `i-${randomHex(6)}`;
    const outcome = await createRoomReliably(deps(intentId), body);
    expect(outcome.status === "failed" && outcome.error?.code).toBe(100003);
    expect(await auditTrail(intentId)).toEqual(["room.create:failed:100003"]);
  });

  it("after a lost answer, 100003 for a room with our owner and values is ours", async () => {
    const body = meetingBody(undefined, { Owner_Account: "alice" });
    sandbox.injectFault(create({ kind: "createThenDrop" }));
    sandbox.injectFault(check({ kind: "http502" }));
    const intentId = `i-${randomHex(6)}`;
    const outcome = await createRoomReliably(deps(intentId), body);
    expect(outcome).toMatchObject({ status: "created", verified: true });
    expect(await auditTrail(intentId)).toEqual([
      "room.create:unknown",
      "room.verify:unknown",
      "room.create:failed:100003",
      "room.verify:ok",
    ]);
  });

  it("surfaces a room that exists with another owner as a conflict and overwrites nothing", async () => {
    const body = meetingBody();
    expect((await putRoom({ ...body.RoomInfo, Owner_Account: "someone-else" })).status).toBe(201);
    sandbox.injectFault(create({ kind: "http502" }));
    const intentId = `i-${randomHex(6)}`;
    const outcome = await createRoomReliably(deps(intentId), body);
    expect(outcome).toMatchObject({ status: "conflict", mismatches: ["Owner_Account"] });
    expect(sandbox.rooms().find((r) => r.RoomId === body.RoomInfo.RoomId)?.Owner_Account).toBe(
      "someone-else",
    );
    expect(await auditTrail(intentId)).toEqual(["room.create:unknown", "room.verify:ok"]);
  });

  it("does not retry once the process-wide budget is spent, says so, and still checks before saying 'failed'", async () => {
    sandbox.injectFault(create({ kind: "error100001" }));
    const intentId = `i-${randomHex(6)}`;
    const outcome = await createRoomReliably(
      deps(intentId, { budget: new RetryBudget({ capacity: 0 }) }),
      meetingBody(),
    );
    expect(outcome).toMatchObject({ status: "failed", attempts: 1, stoppedBy: "budget" });
    expect(await auditTrail(intentId)).toEqual(["room.create:failed:100001", "room.verify:failed:100004"]);
  });

  it("verifies first when the room may already exist, and creates nothing when it is ours", async () => {
    const body = meetingBody();
    expect((await putRoom(body.RoomInfo)).status).toBe(201);
    const intentId = `i-${randomHex(6)}`;
    const outcome = await createRoomReliably(deps(intentId), body, { mayExist: true });
    expect(outcome).toMatchObject({ status: "created", verified: true, attempts: 0 });
    expect(createCalls()).toHaveLength(0);
    expect(await auditTrail(intentId)).toEqual(["room.verify:ok"]);
  });

  it("does not create an absent room once its start has passed", async () => {
    const intentId = `i-${randomHex(6)}`;
    const outcome = await createRoomReliably(deps(intentId), meetingBody(), {
      mayExist: true,
      mayCreate: false,
    });
    expect(outcome).toMatchObject({ status: "failed", reason: "start-passed" });
    expect(createCalls()).toHaveLength(0);
  });

  it("puts each attempt on record before its request leaves; one whose answer never came ends 'interrupted'", async () => {
    sandbox.injectFault(create({ kind: "hang" }));
    const intentId = `i-${randomHex(6)}`;
    const controller = new AbortController();
    const body = meetingBody();
    const trtc = auditedTrtc(
      { db, trtc: clientFor(sandbox, SECRET, { timeoutMs: 60_000 }), secrets: [SECRET] },
      {
        actor,
        intentId,
      },
    );
    const inFlight = trtc.run("create_room", body, { action: "room.create", signal: controller.signal });
    await expect.poll(() => createCalls().length).toBe(1);
    // The request is at Tencent and unanswered, as if the process had been killed now: it is on record.
    const pending = await db.kysely
      .selectFrom("audit_log")
      .select(["id", "outcome", "call_random", "room_id"])
      .where("intent_id", "=", intentId)
      .execute();
    expect(pending.map((r) => ({ ...r, call_random: Number(r.call_random) }))).toEqual([
      {
        id: expect.anything(),
        outcome: "pending",
        call_random: Number(createCalls()[0]!.random),
        room_id: body.RoomInfo.RoomId,
      },
    ]);
    expect(await markInterruptedAttempts(db, new Date(Date.now() + 60_000))).toBeGreaterThanOrEqual(1);
    const after = await db.kysely
      .selectFrom("audit_log")
      .select("outcome")
      .where("id", "=", pending[0]!.id)
      .executeTakeFirst();
    expect(after?.outcome).toBe("interrupted");
    controller.abort();
    await inFlight;
  });
});
