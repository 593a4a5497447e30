import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { sql } from "kysely";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { RunningSandbox } from "@/lib/sandbox";
import { ADMIN, SDK_APP_ID, randomHex } from "@/tests/trtc-test-app";
import { startTestSandbox } from "@/tests/trtc-client";
import { manualClock } from "@/tests/sandbox-calls";
import { daysFromNow, scheduleInput, SWITCHES_OFF } from "@/tests/schedule-input";
import { submitSchedule } from "@/tests/schedule-submit";
import type { SchedulingDeps } from "./deps";

/**
 * The whole scheduling path as the server action runs it: configuration from the environment, the
 * process's database and TRTC client, a real sandbox over HTTP.
 */
const SECRET = `schedule-${randomHex(16)}`;
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "roomdesk-schedule-"));
const actor = { id: "admin-1", role: "admin" as const };
let sandbox: RunningSandbox;
let getApp: typeof import("../app").getApp;
let reconcileOnce: typeof import("./reconciler").reconcileOnce;
// The sandbox's clock; the app's backoff waits move it instead of sleeping (Tencent's 1 s same-RoomId rule).
const clock = manualClock();
async function deps(extra: Partial<SchedulingDeps> = {}): Promise<SchedulingDeps> {
  const app = await getApp();
  return { ...app, retry: { ...app.retry, sleep: async (ms: number) => clock.advance(ms + 1500) }, ...extra };
}
/** The schedule action after its guard: schema, service, the outcome in words. */
const scheduleMeeting = async (who: typeof actor, raw: unknown, d?: SchedulingDeps) =>
  submitSchedule(d ?? (await deps()), who, raw);

function input(overrides: Record<string, unknown> = {}) {
  return scheduleInput({
    intentId: `intent-${randomHex(8)}`,
    roomName: "Quarterly review",
    roomId: `rd-${randomHex(5)}`,
    invitees: ["alice", "bob"],
    schedule: { date: daysFromNow(7), time: "09:00", timeZone: "Europe/Berlin", durationMinutes: 30 },
    settings: { ...SWITCHES_OFF, audioDisabled: true },
    maxMemberCount: undefined,
    ...overrides,
  });
}

const creates = () => sandbox.calls().filter((c) => c.command.endsWith("create_room"));

beforeAll(async () => {
  sandbox = await startTestSandbox(SECRET, { now: clock.now });
  Object.assign(process.env, {
    TRTC_MODE: "sandbox",
    BETTER_AUTH_SECRET: `test-auth-secret-${randomHex(16)}`,
    TRTC_SDK_APP_ID: String(SDK_APP_ID),
    TRTC_SECRET_KEY: SECRET,
    TRTC_ADMIN_USER_ID: ADMIN,
    TRTC_API_BASE_URL: sandbox.url,
    // No test here hangs a call: a generous timeout keeps a slow machine from turning an answer into a timeout.
    TRTC_TIMEOUT_MS: "30000",
    DATABASE_URL: `file:${path.join(dir, "app.db")}`,
  });
  delete (globalThis as Record<string, unknown>).roomdeskApp;
  ({ getApp } = await import("../app"));
  ({ reconcileOnce } = await import("./reconciler"));
});

afterAll(async () => {
  await (await getApp()).db.close();
  await sandbox.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

beforeEach(() => sandbox.reset());

describe("scheduleMeeting", () => {
  it("creates the room, indexes the meeting and returns its RoomId and RequestId", async () => {
    const data = input();
    const result = await scheduleMeeting(actor, data);
    expect(result).toMatchObject({ ok: true, roomId: data.roomId, verified: false });
    expect(result.ok && result.requestId).toBe(creates()[0]!.requestId);
    const db = (await getApp()).db;
    const meeting = await db.kysely
      .selectFrom("meetings")
      .selectAll()
      .where("room_id", "=", data.roomId)
      .executeTakeFirst();
    expect(meeting).toMatchObject({
      time_zone: "Europe/Berlin",
      status: "scheduled",
      create_request_id: creates()[0]!.requestId,
    });
  });

  it("refuses invalid input with field errors and sends nothing", async () => {
    const result = await scheduleMeeting(actor, input({ roomId: "日".repeat(17), invitees: ["bad id!"] }));
    expect(result.ok).toBe(false);
    expect(!result.ok && Object.keys(result.fieldErrors ?? {})).toEqual(
      expect.arrayContaining(["roomId", "invitees.0"]),
    );
    expect(sandbox.calls()).toHaveLength(0);
  });

  it("books one room for a double submission of the same intent, and both get the same answer", async () => {
    const data = input();
    const [a, b] = await Promise.all([scheduleMeeting(actor, data), scheduleMeeting(actor, data)]);
    expect(a).toEqual(b);
    expect(a.ok).toBe(true);
    expect(creates()).toHaveLength(1);
    expect(await scheduleMeeting(actor, data)).toEqual(a);
    expect(creates()).toHaveLength(1);
  });

  it("refuses the same intent resent with other values", async () => {
    const data = input();
    await scheduleMeeting(actor, data);
    const result = await scheduleMeeting(actor, { ...data, roomName: "Something else" });
    expect(result).toMatchObject({ ok: false, error: { code: "intent-reused" } });
    expect(creates()).toHaveLength(1);
  });

  it("says 'already in use' with 100003 and the RequestId for a RoomId someone else's room holds", async () => {
    const taken = `rd-${randomHex(5)}`;
    await fetch(`${sandbox.url}/__sandbox/rooms`, {
      method: "POST",
      body: JSON.stringify({ RoomId: taken, Owner_Account: "someone-else" }),
    });
    const result = await scheduleMeeting(actor, input({ roomId: taken }));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error).toMatchObject({ code: "trtc:100003", requestId: creates()[0]!.requestId });
    expect(result.error!.message).toMatch(/already in use.*100003.*RequestId Id-/);
    expect(result.fieldErrors?.roomId?.[0]).toMatch(/Already in use/);
  });

  it("says 100010 on the Room ID field as a room the admin account already owns, with nothing changed", async () => {
    const taken = `rd-${randomHex(5)}`;
    await fetch(`${sandbox.url}/__sandbox/rooms`, {
      method: "POST",
      body: JSON.stringify({ RoomId: taken, RoomName: "Made in the console" }),
    });
    const result = await scheduleMeeting(actor, input({ roomId: taken }));
    expect(result).toMatchObject({
      ok: false,
      error: { code: "trtc:100010", requestId: creates()[0]!.requestId },
    });
    expect(!result.ok && result.fieldErrors?.roomId?.[0]).toMatch(/admin account owns.*open or import/);
    expect(sandbox.rooms().find((r) => r.RoomId === taken)?.RoomName).toBe("Made in the console");
  });

  it("when the create's answer is lost and every check fails: 'not confirmed', then settled without a resubmission", async () => {
    const data = input();
    sandbox.injectFault({ command: "create_room", kind: "createThenDrop" });
    sandbox.injectFault({ command: "get_room_info", kind: "http502", times: 4 });
    const first = await scheduleMeeting(actor, data, await deps());
    expect(first).toMatchObject({
      ok: false,
      error: { code: "trtc:unconfirmed" },
      unconfirmed: { intentId: data.intentId, roomId: data.roomId },
    });
    expect(!first.ok && first.error?.message).toMatch(/did not confirm.*keeps checking.*Meetings/);
    expect(!first.ok && first.error?.message).not.toMatch(/not scheduled/i);
    const db = (await getApp()).db;
    const intent = () =>
      db.kysely
        .selectFrom("schedule_intents")
        .selectAll()
        .where("intent_id", "=", data.intentId)
        .executeTakeFirst();
    expect((await intent())?.status).toBe("unknown");

    await reconcileOnce(await deps());
    expect((await intent())?.status).toBe("created");
    const meeting = await db.kysely
      .selectFrom("meetings")
      .selectAll()
      .where("room_id", "=", data.roomId)
      .executeTakeFirst();
    expect(meeting).toMatchObject({ status: "scheduled", created_by: actor.id });
    expect(await scheduleMeeting(actor, data)).toMatchObject({
      ok: true,
      roomId: data.roomId,
      verified: true,
    });
    expect(sandbox.rooms().filter((r) => r.RoomId === data.roomId)).toHaveLength(1);
  });

  it("a resend of a stored intent after its start has passed replays the stored answer", async () => {
    const data = input();
    const first = await scheduleMeeting(actor, data);
    expect(first.ok).toBe(true);
    const later = await deps({ now: () => (first.ok ? first.start + 3600 : 0) * 1000 });
    expect(await scheduleMeeting(actor, data, later)).toEqual(first);
    expect(creates()).toHaveLength(1);
  });

  it("a room the index cannot take is still booked once and its intent settled with the answer shown", async () => {
    const db = (await getApp()).db;
    const data = input();
    await sql`CREATE TRIGGER refuse_meeting BEFORE INSERT ON meetings BEGIN SELECT RAISE(ABORT, 'index down'); END`.execute(
      db.kysely,
    );
    try {
      const result = await scheduleMeeting(actor, data);
      expect(result).toMatchObject({ ok: true, roomId: data.roomId });
      expect(creates()).toHaveLength(1);
      const intent = await db.kysely
        .selectFrom("schedule_intents")
        .select(["status", "outcome", "lease_owner"])
        .where("intent_id", "=", data.intentId)
        .executeTakeFirstOrThrow();
      expect(intent).toMatchObject({ status: "created", lease_owner: null });
      expect(JSON.parse(intent.outcome!)).toMatchObject({ kind: "scheduled" });
      const indexed = await db.kysely
        .selectFrom("meetings")
        .select("room_id")
        .where("room_id", "=", data.roomId);
      expect(await indexed.execute()).toHaveLength(0);
    } finally {
      await sql`DROP TRIGGER refuse_meeting`.execute(db.kysely);
    }
    // The same intent again replays the stored answer without a second room.
    expect(await scheduleMeeting(actor, data)).toMatchObject({ ok: true, roomId: data.roomId });
    expect(creates()).toHaveLength(1);
  });

  it("fails closed: with the database read-only nothing is sent to Tencent, and the process carries on", async () => {
    const db = (await getApp()).db;
    await sql`PRAGMA query_only = ON`.execute(db.kysely);
    try {
      const result = await scheduleMeeting(actor, input());
      expect(result).toMatchObject({ ok: false, error: { code: "storage" } });
      expect(sandbox.calls()).toHaveLength(0);
    } finally {
      await sql`PRAGMA query_only = OFF`.execute(db.kysely);
    }
    expect((await scheduleMeeting(actor, input())).ok).toBe(true);
  });

  it("finishes an intent whose worker died mid-create: verifies first, finds our room, books nothing twice", async () => {
    const data = input();
    const { toCreateRoomBody } = await import("@/lib/schemas/create-room-body");
    const { makeScheduleMeetingSchema } = await import("@/lib/schemas/meeting");
    const { bodyHash } = await import("./intents");
    const body = toCreateRoomBody(makeScheduleMeetingSchema({ maxMembers: 300, maxSeats: 20 }).parse(data));
    // The crashed worker: its create reached Tencent, then the process died before recording the outcome.
    await fetch(`${sandbox.url}/__sandbox/rooms`, { method: "POST", body: JSON.stringify(body) });
    const db = (await getApp()).db;
    const long_ago = new Date(Date.now() - 10 * 60_000).toISOString();
    await db.kysely
      .insertInto("schedule_intents")
      .values({
        intent_id: data.intentId,
        room_id: data.roomId,
        actor_id: actor.id,
        body_hash: bodyHash(body),
        status: "pending",
        outcome: null,
        created_at: long_ago,
        updated_at: long_ago,
      })
      .execute();

    const result = await scheduleMeeting(actor, data);
    expect(result).toMatchObject({ ok: true, roomId: data.roomId, verified: true });
    expect(sandbox.rooms().filter((r) => r.RoomId === data.roomId)).toHaveLength(1);
    expect(creates()).toHaveLength(0);
    const intent = await db.kysely
      .selectFrom("schedule_intents")
      .selectAll()
      .where("intent_id", "=", data.intentId)
      .executeTakeFirst();
    expect(intent?.status).toBe("created");
  });

  it("a new intent for a RoomId whose earlier intent ended unknown recognises its own room", async () => {
    const data = input();
    sandbox.injectFault({ command: "create_room", kind: "createThenDrop" });
    sandbox.injectFault({ command: "get_room_info", kind: "http502", times: 4 });
    const first = await scheduleMeeting(actor, data, await deps());
    expect(first).toMatchObject({ ok: false, error: { code: "trtc:unconfirmed" } });
    sandbox.reset();
    // Tencent kept the room the dropped connection created (reset cleared the sandbox's copy; put it back).
    const { toCreateRoomBody } = await import("@/lib/schemas/create-room-body");
    const { makeScheduleMeetingSchema } = await import("@/lib/schemas/meeting");
    const body = toCreateRoomBody(makeScheduleMeetingSchema({ maxMembers: 300, maxSeats: 20 }).parse(data));
    await fetch(`${sandbox.url}/__sandbox/rooms`, { method: "POST", body: JSON.stringify(body) });

    const again = await scheduleMeeting(actor, { ...data, intentId: `intent-${randomHex(8)}` });
    expect(again).toMatchObject({ ok: true, verified: true });
    expect(sandbox.rooms().filter((r) => r.RoomId === data.roomId)).toHaveLength(1);
  });

  it("a RoomId cancelled earlier can be scheduled again, and the index holds the new meeting", async () => {
    const data = input({ invitees: ["old-guest"] });
    expect((await scheduleMeeting(actor, data)).ok).toBe(true);
    const db = (await getApp()).db;
    await db.kysely
      .updateTable("meetings")
      .set({ status: "cancelled", sequence: 2 })
      .where("room_id", "=", data.roomId)
      .execute();
    sandbox.reset(); // Tencent destroyed it
    const again = input({ roomId: data.roomId, roomName: "Second take", invitees: ["new-guest"] });
    expect((await scheduleMeeting(actor, again)).ok).toBe(true);
    const row = await db.kysely
      .selectFrom("meetings")
      .selectAll()
      .where("room_id", "=", data.roomId)
      .executeTakeFirst();
    expect(row).toMatchObject({ status: "scheduled", room_name: "Second take", sequence: 3 });
    const guests = await db.kysely
      .selectFrom("meeting_invitees")
      .select("user_id")
      .where("room_id", "=", data.roomId)
      .execute();
    expect(guests.map((g) => g.user_id)).toEqual(["new-guest"]);
  });

  it("refuses a malformed submission id instead of quietly replacing it", async () => {
    const result = await scheduleMeeting(actor, input({ intentId: "x" }));
    expect(result).toMatchObject({ ok: false, fieldErrors: { intentId: [expect.any(String)] } });
    expect(sandbox.calls()).toHaveLength(0);
  });
});
