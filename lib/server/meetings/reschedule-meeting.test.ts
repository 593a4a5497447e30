import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { icsUid } from "@/lib/calendar/ics";
import type { RunningSandbox, RoomRecord } from "@/lib/sandbox";
import { makeScheduleMeetingSchema } from "@/lib/schemas/meeting";
import { makeRescheduleSchema } from "@/lib/schemas/reschedule";
import { fromRoomInfo, INVITEES_FIELD } from "@/lib/trtc/room-fields";
import { ENGINES, openTestDb, type TestDb } from "@/tests/db-engines";
import { daysFromNow, scheduleInput } from "@/tests/schedule-input";
import { schedulingDepsFor } from "@/tests/scheduling-deps";
import { startTestSandbox } from "@/tests/trtc-client";
import { randomHex } from "@/tests/trtc-test-app";
import { getIntent } from "./intents";
import { reconcileOnce, RECONCILER_ACTOR } from "./reconciler";
import { getReschedule, recordReschedule } from "./reschedule-records";
import { rescheduleMeeting } from "./reschedule-meeting";
import { scheduleMeeting } from "./schedule-meeting";
import { toCreateRoomBody } from "@/lib/schemas/create-room-body";

const SECRET = `reschedule-${randomHex(16)}`;
const ADMIN_ACTOR = { id: "admin-1", role: "admin" };

describe.each(ENGINES)("rescheduling on %s", (engine) => {
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

  const deps = (opts: Parameters<typeof schedulingDepsFor>[3] = {}) =>
    schedulingDepsFor(db, sandbox, SECRET, opts);
  const room = (roomId: string) => sandbox.rooms().find((r) => r.RoomId === roomId);
  /** A room's fields apart from its RoomId and time, with its invitees: what a reschedule must keep. */
  const settingsOf = (r: RoomRecord) => {
    const fields: Record<string, unknown> = { ...fromRoomInfo(r) };
    for (const k of ["roomId", "start", "end"]) delete fields[k];
    return { ...fields, invitees: r[INVITEES_FIELD.wire] };
  };
  const createsOf = (roomId: string) =>
    sandbox
      .calls()
      .filter((c) => c.command === "create_room" && JSON.stringify(c.body).includes(`"${roomId}"`));
  const meeting = (roomId: string) =>
    db.kysely.selectFrom("meetings").selectAll().where("room_id", "=", roomId).executeTakeFirstOrThrow();
  const story = async (intentId: string) =>
    (
      await db.kysely
        .selectFrom("audit_log")
        .select(["action", "outcome", "actor_id", "room_id"])
        .where("intent_id", "=", intentId)
        .orderBy("id")
        .execute()
    ).map((r) => `${r.actor_id} ${r.action}:${r.outcome} ${r.room_id}`);

  /** A meeting with invitees, two switches and seats, scheduled through the schedule path. */
  async function scheduled(prefix = "rs") {
    const roomId = `${prefix}-${randomHex(5)}`;
    const values = makeScheduleMeetingSchema({ maxMembers: 300, maxSeats: 20 }).parse(
      scheduleInput({
        roomId,
        roomName: "Weekly review",
        invitees: ["alice", "bob"],
        settings: { ...scheduleInput({ roomId }).settings, messagesDisabled: true, videoDisabled: true },
        seats: { enabled: true, maxSeatCount: 6, takeSeatMode: "ApplyToTake" },
        maxMemberCount: 50,
        customInfo: "agenda v2",
      }),
    );
    const outcome = await scheduleMeeting(deps(), ADMIN_ACTOR, { ...values, intentId: `intent-${roomId}` });
    expect(outcome.kind).toBe("scheduled");
    return roomId;
  }

  const newTime = (roomId: string, newRoomId = `${roomId}-r2`) =>
    makeRescheduleSchema(Date.now).parse({
      roomId,
      newRoomId,
      schedule: { date: daysFromNow(9), time: "15:30", timeZone: "Asia/Tokyo", durationMinutes: 45 },
    });

  it("creates the new room with every setting and invitee at the new time, then destroys the old one", async () => {
    const oldId = await scheduled();
    const before = room(oldId)!;
    const oldSequence = Number((await meeting(oldId)).sequence);
    const input = newTime(oldId);

    const outcome = await rescheduleMeeting(deps(), ADMIN_ACTOR, input);

    expect(outcome).toMatchObject({ kind: "rescheduled", from: oldId, oldRoom: "destroyed" });
    expect(room(oldId)).toBeUndefined();
    const after = room(input.newRoomId)!;
    expect(settingsOf(after)).toEqual(settingsOf(before));
    expect(after.ScheduleEndTime! - after.ScheduleStartTime!).toBe(45 * 60);
    expect(new Date(after.ScheduleStartTime! * 1000).toISOString()).toBe(`${daysFromNow(9)}T06:30:00.000Z`);

    expect(await meeting(oldId)).toMatchObject({
      status: "cancelled",
      cancel_note: `rescheduled:${input.newRoomId}`,
    });
    const fresh = await meeting(input.newRoomId);
    expect(fresh).toMatchObject({
      status: "scheduled",
      time_zone: "Asia/Tokyo",
      calendar_uid: icsUid(oldId),
    });
    // Above the old meeting's CANCEL, which carries the same UID.
    expect(Number(fresh.sequence)).toBeGreaterThan(Number((await meeting(oldId)).sequence));
    expect(Number(fresh.sequence)).toBe(oldSequence + 2);

    const [row] = await db.kysely
      .selectFrom("reschedules")
      .selectAll()
      .where("old_room_id", "=", oldId)
      .execute();
    expect(row).toMatchObject({ status: "done", new_room_id: input.newRoomId, lease_owner: null });
    expect(await story(row!.intent_id)).toEqual([
      `admin-1 meeting.reschedule_start:ok ${oldId}`,
      `admin-1 room.create:ok ${input.newRoomId}`,
      `admin-1 room.destroy:ok ${oldId}`,
      `admin-1 meeting.reschedule_finish:ok ${input.newRoomId}`,
    ]);
  });

  it("keeps the first meeting's calendar UID through a second reschedule", async () => {
    const first = await scheduled();
    const second = newTime(first);
    await rescheduleMeeting(deps(), ADMIN_ACTOR, second);
    const third = newTime(second.newRoomId, `${first}-r3`);
    expect(await rescheduleMeeting(deps(), ADMIN_ACTOR, third)).toMatchObject({ kind: "rescheduled" });
    expect((await meeting(third.newRoomId)).calendar_uid).toBe(icsUid(first));
  });

  it("leaves the old meeting untouched when Tencent refuses the new room, and says why", async () => {
    const oldId = await scheduled();
    const input = newTime(oldId);
    // Someone else's room holds the new RoomId: Tencent answers 100003.
    await fetch(`${sandbox.url}/__sandbox/rooms`, {
      method: "POST",
      body: JSON.stringify({ RoomInfo: { RoomId: input.newRoomId, Owner_Account: "someone-else" } }),
    });

    const outcome = await rescheduleMeeting(deps(), ADMIN_ACTOR, input);

    expect(outcome).toMatchObject({ kind: "not-rescheduled", from: oldId, reason: { kind: "failed" } });
    expect(room(oldId)).toBeDefined();
    expect(await meeting(oldId)).toMatchObject({ status: "scheduled" });
    expect(sandbox.calls().filter((c) => c.command === "destroy_room")).toHaveLength(0);
    const [row] = await db.kysely
      .selectFrom("reschedules")
      .selectAll()
      .where("old_room_id", "=", oldId)
      .execute();
    expect(row).toMatchObject({ status: "not-rescheduled" });
    expect((await story(row!.intent_id)).at(-1)).toBe(`admin-1 meeting.reschedule_finish:failed ${oldId}`);
  });

  it("once the new room exists, a failed destroy is finished by the reconciler", async () => {
    const oldId = await scheduled();
    const input = newTime(oldId);
    // More 502s than the destroy's retries: the admin's request ends with the old room still there.
    sandbox.injectFault({ kind: "http502", command: "destroy_room", times: 3 });

    const outcome = await rescheduleMeeting(deps(), ADMIN_ACTOR, input);

    expect(outcome).toMatchObject({ kind: "rescheduled", oldRoom: "pending" });
    expect(room(oldId)).toBeDefined();
    expect(room(input.newRoomId)).toBeDefined();
    const [pending] = await db.kysely
      .selectFrom("reschedules")
      .selectAll()
      .where("old_room_id", "=", oldId)
      .execute();
    expect(pending).toMatchObject({ status: "destroying", lease_owner: null });

    expect(await reconcileOnce(deps())).toMatchObject({ rescheduled: 1 });

    expect(room(oldId)).toBeUndefined();
    expect(await getReschedule(db, pending!.intent_id)).toMatchObject({ status: "done" });
    expect(await meeting(oldId)).toMatchObject({ status: "cancelled" });
    const trail = await story(pending!.intent_id);
    expect(trail.slice(-2)).toEqual([
      `${RECONCILER_ACTOR.id} room.destroy:ok ${oldId}`,
      `${RECONCILER_ACTOR.id} meeting.reschedule_finish:ok ${input.newRoomId}`,
    ]);
    // One create of the new room, never a second.
    expect(createsOf(input.newRoomId)).toHaveLength(1);
  });

  it("a worker that died after recording it: the reconciler creates the new room once, then destroys the old", async () => {
    const oldId = await scheduled();
    const input = newTime(oldId);
    let now = Date.now();
    const crashed = deps({ owner: "crashed-worker", leaseMs: 1_000, now: () => now });
    const old = await meeting(oldId);
    const values = {
      roomName: "Weekly review",
      roomId: input.newRoomId,
      owner: "",
      invitees: ["alice", "bob"],
      schedule: input.schedule,
      settings: { ...scheduleInput({ roomId: oldId }).settings },
      maxMemberCount: undefined,
      seats: { enabled: false as const },
      customInfo: "",
    };
    const intentId = `rs-${randomHex(8)}`;
    await recordReschedule(
      db,
      {
        intentId,
        oldRoomId: oldId,
        actor: ADMIN_ACTOR,
        request: {
          values,
          body: toCreateRoomBody(values),
          lineage: { calendarUid: icsUid(oldId), sequence: Number(old.sequence) + 2 },
        },
        window: { start: 0, end: 0, timeZone: "Asia/Tokyo" },
      },
      crashed.lease,
    );
    // The process is gone: its leases run out.
    now += 5_000;

    await reconcileOnce(deps({ now: () => now }));

    expect(await getIntent(db, intentId)).toMatchObject({ status: "created" });
    expect(await getReschedule(db, intentId)).toMatchObject({ status: "done" });
    expect(room(oldId)).toBeUndefined();
    expect(room(input.newRoomId)).toBeDefined();
    expect(createsOf(input.newRoomId)).toHaveLength(1);
    expect((await meeting(input.newRoomId)).calendar_uid).toBe(icsUid(oldId));
  });

  it("refuses what cannot be rescheduled: a second reschedule, a cancelled meeting, a RoomId in use", async () => {
    const oldId = await scheduled();
    const other = await scheduled("other");
    expect(await rescheduleMeeting(deps(), ADMIN_ACTOR, newTime(oldId, other))).toEqual({
      kind: "new-room-taken",
      roomId: other,
    });
    expect(await rescheduleMeeting(deps(), ADMIN_ACTOR, newTime("no-such-meeting"))).toEqual({
      kind: "not-found",
    });
    await rescheduleMeeting(deps(), ADMIN_ACTOR, newTime(oldId));
    expect(await rescheduleMeeting(deps(), ADMIN_ACTOR, newTime(oldId, `${oldId}-r9`))).toEqual({
      kind: "cancelled",
    });
  });
});
