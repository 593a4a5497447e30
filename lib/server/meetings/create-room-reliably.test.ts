import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { FaultSpec, RunningSandbox } from "@/lib/sandbox";
import { ENGINES, openTestDb, type TestDb } from "@/tests/db-engines";
import { recordTrtcAttempt } from "../audit/trtc-attempt";
import { RetryBudget } from "../reliability/retry-budget";
import { clientFor, hangDeadlines, startTestSandbox } from "@/tests/trtc-client";
import { randomHex } from "@/tests/trtc-test-app";
import { meetingBody } from "@/tests/room-bodies";
import { createRoomReliably, type ReliableCreateDeps } from "./create-room-reliably";

const SECRET = `reliable-${randomHex(16)}`;
const actor = { id: "admin-1", role: "admin" as const };

type Fault = FaultSpec;
const create = (f: Omit<Fault, "command">, times = 1) => ({ ...f, command: "create_room", times }) as Fault;

describe.each(ENGINES)("createRoomReliably on %s", (engine) => {
  let db: TestDb;
  let sandbox: RunningSandbox;
  /** Added to the sandbox's clock, to move past Tencent's 1 s window without waiting for it. */
  let clockOffsetMs = 0;
  beforeAll(async () => {
    db = await openTestDb(engine);
    sandbox = await startTestSandbox(SECRET, { now: () => Date.now() + clockOffsetMs });
  });
  afterAll(async () => {
    await sandbox.close();
    await db.dispose();
  });
  beforeEach(() => sandbox.reset());

  function deps(intentId: string, extra: Partial<ReliableCreateDeps> = {}): ReliableCreateDeps {
    return {
      client: clientFor(sandbox, SECRET, { deadline: hangDeadlines(sandbox) }),
      budget: new RetryBudget(10),
      maxAttempts: 3,
      backoff: { baseMs: 1, capMs: 5 },
      adminUserId: "administrator",
      sleep: async () => {},
      audit: async (action, attempt, result) => {
        await recordTrtcAttempt(db, { actor, action, roomId: body0(result), intentId, attempt }, result, [
          SECRET,
        ]);
      },
      ...extra,
    };
  }
  const body0 = (r: { requestBody: unknown }) =>
    ((r.requestBody as { RoomInfo?: { RoomId: string }; RoomId?: string }).RoomInfo?.RoomId ??
      (r.requestBody as { RoomId?: string }).RoomId)!;

  async function auditTrail(intentId: string) {
    const rows = await db.kysely
      .selectFrom("audit_log")
      .select(["action", "outcome", "attempt", "error_code"])
      .where("intent_id", "=", intentId)
      .orderBy("id")
      .execute();
    return rows.map((r) => `${r.action}:${r.outcome}`);
  }

  const cases: {
    name: string;
    faults: Fault[];
    status: string;
    verified?: boolean;
    creates: number;
    trail: string[];
  }[] = [
    {
      name: "success",
      faults: [],
      status: "created",
      verified: false,
      creates: 1,
      trail: ["room.create:ok"],
    },
    {
      name: "100001 then success",
      faults: [create({ kind: "error100001" })],
      status: "created",
      creates: 2,
      trail: ["room.create:failed", "room.create:ok"],
    },
    {
      name: "100001 three times",
      faults: [create({ kind: "error100001" }, 3)],
      status: "failed",
      creates: 3,
      trail: ["room.create:failed", "room.create:failed", "room.create:failed"],
    },
    {
      name: "502 (room absent) then retry",
      faults: [create({ kind: "http502" })],
      status: "created",
      verified: false,
      creates: 2,
      trail: ["room.create:unknown", "room.verify:failed", "room.create:ok"],
    },
    {
      name: "timeout (room absent) then retry",
      faults: [create({ kind: "hang" })],
      status: "created",
      creates: 2,
      trail: ["room.create:unknown", "room.verify:failed", "room.create:ok"],
    },
    {
      name: "create, then drop the connection",
      faults: [create({ kind: "createThenDrop" })],
      status: "created",
      verified: true,
      creates: 1,
      trail: ["room.create:unknown", "room.verify:ok"],
    },
  ];

  it.each(cases)("$name → $status after exactly $creates create call(s)", async (c) => {
    const intentId = `i-${randomHex(6)}`;
    for (const f of c.faults) sandbox.injectFault(f);
    const body = meetingBody(`r-${randomHex(6)}`);
    const outcome = await createRoomReliably(deps(intentId), body);
    expect(outcome.status).toBe(c.status);
    if (c.verified !== undefined && outcome.status === "created") expect(outcome.verified).toBe(c.verified);
    expect(sandbox.calls().filter((x) => x.command.endsWith("create_room"))).toHaveLength(c.creates);
    expect(sandbox.rooms().filter((r) => r.RoomId === body.RoomInfo.RoomId)).toHaveLength(
      c.status === "created" ? 1 : 0,
    );
    expect(await auditTrail(intentId)).toEqual(c.trail);
  });

  it.each([
    ["100002 (invalid parameter)", { ScheduleEndTime: 1 }],
    ["an unknown field", { Bogus: true } as object],
  ])("never retries %s", async (_name, info) => {
    const intentId = `i-${randomHex(6)}`;
    const outcome = await createRoomReliably(deps(intentId), meetingBody(undefined, info));
    expect(outcome.status).toBe("failed");
    expect(await auditTrail(intentId)).toEqual(["room.create:failed"]);
  });

  it("reports 100003 on a first attempt as 'already in use' without touching the room", async () => {
    const body = meetingBody();
    expect((await createRoomReliably(deps(`i-${randomHex(6)}`), body)).status).toBe("created");
    const intentId = `i-${randomHex(6)}`;
    clockOffsetMs += 1000; // past the 1 s 100012 window
    const outcome = await createRoomReliably(deps(intentId), meetingBody(body.RoomInfo.RoomId));
    expect(outcome.status === "failed" && outcome.error.code).toBe(100003);
    expect(await auditTrail(intentId)).toEqual(["room.create:failed"]);
  });

  it("surfaces a room that exists with another owner as a conflict and overwrites nothing", async () => {
    const body = meetingBody();
    const res = await fetch(`${sandbox.url}/__sandbox/rooms`, {
      method: "POST",
      body: JSON.stringify({ ...body.RoomInfo, Owner_Account: "someone-else" }),
    });
    expect(res.status).toBe(201);
    sandbox.injectFault(create({ kind: "http502" }));
    const intentId = `i-${randomHex(6)}`;
    const outcome = await createRoomReliably(deps(intentId), body);
    expect(outcome).toMatchObject({ status: "conflict", mismatches: ["Owner_Account"] });
    expect(sandbox.rooms().find((r) => r.RoomId === body.RoomInfo.RoomId)?.Owner_Account).toBe(
      "someone-else",
    );
    expect(await auditTrail(intentId)).toEqual(["room.create:unknown", "room.verify:ok"]);
  });

  it("does not retry once the process-wide budget is spent", async () => {
    sandbox.injectFault(create({ kind: "error100001" }));
    const intentId = `i-${randomHex(6)}`;
    const outcome = await createRoomReliably(deps(intentId, { budget: new RetryBudget(0) }), meetingBody());
    expect(outcome).toMatchObject({ status: "failed", retriesExhausted: true });
    expect(await auditTrail(intentId)).toEqual(["room.create:failed"]);
  });
});
