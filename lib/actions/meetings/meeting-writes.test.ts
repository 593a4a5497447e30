import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { RunningSandbox } from "@/lib/sandbox";
import { ENGINES, openTestDb, type TestDb } from "@/tests/db-engines";
import type { Actor } from "@/lib/server/auth/guard";
import { clientFor, manualDeadlines, startTestSandbox } from "@/tests/trtc-client";
import { REQUEST_ID, randomHex } from "@/tests/trtc-test-app";
import { meetingBody } from "@/tests/room-bodies";
import {
  cancelMeetingDefinition,
  importMeetingDefinition,
  updateMeetingDefinition,
} from "@/lib/actions/meetings/definitions";
import { executeAction } from "@/lib/actions/safe-action";
import { cancelNote } from "@/lib/i18n/meeting-notes";
import { translator } from "@/lib/i18n/catalogs";
import type { MeetingDeps } from "@/lib/server/meetings/deps";
import { getMeetingDetail } from "@/lib/server/meetings/get-meeting";
import { fetchLiveRoom } from "@/lib/server/meetings/live-room";
import { DEFAULT_SETTINGS, seedMeeting } from "@/tests/meeting-fixtures";
import { SWITCHES_OFF } from "@/tests/schedule-input";
import { RetryBudget } from "@/lib/server/reliability/retry-budget";

const SECRET = `test-secret-${randomHex()}`;
const admin: Actor = { id: "admin-1", role: "admin" };
const switchesOff = SWITCHES_OFF;
const t = translator();

/** The meeting actions after their guard: the shared schema, the service, the outcome in words. */
const updateMeeting = (app: MeetingDeps, actor: Actor, roomId: unknown, changes: unknown) =>
  executeAction(updateMeetingDefinition, { actor, app, t }, { roomId, changes });
const cancelMeeting = (app: MeetingDeps, actor: Actor, input: unknown) =>
  executeAction(cancelMeetingDefinition, { actor, app, t }, input);
const importMeeting = (app: MeetingDeps, actor: Actor, input: unknown) =>
  executeAction(importMeetingDefinition, { actor, app, t }, input);

describe.each(ENGINES)("meeting writes on %s against the sandbox", (engine) => {
  let db: TestDb;
  let sandbox: RunningSandbox;
  let deps: MeetingDeps;

  beforeAll(async () => {
    db = await openTestDb(engine);
    sandbox = await startTestSandbox(SECRET);
    deps = {
      db,
      trtc: clientFor(sandbox, SECRET),
      secrets: [SECRET],
      limits: { maxMembers: 300, maxSeats: 20 },
      now: Date.now,
      retry: { budget: new RetryBudget({ capacity: 10 }), maxAttempts: 3, backoff: { baseMs: 1, capMs: 2 } },
    };
  });
  afterAll(async () => {
    await sandbox.close();
    await db.dispose();
  });
  beforeEach(() => sandbox.reset());

  async function scheduled(name = "Weekly sync") {
    const body = meetingBody(undefined, { RoomName: name });
    const created = await deps.trtc.run("create_room", body);
    expect(created.ok).toBe(true);
    const { RoomId, ScheduleStartTime, ScheduleEndTime } = body.RoomInfo;
    await seedMeeting(db, { roomId: RoomId, name, start: ScheduleStartTime, end: ScheduleEndTime });
    return RoomId;
  }

  const auditRows = (roomId: string) =>
    db.kysely.selectFrom("audit_log").selectAll().where("room_id", "=", roomId).orderBy("id").execute();

  it("update: changes the room upstream, then the row (sequence + 1), with an audit row and RequestId", async () => {
    const roomId = await scheduled();
    const result = await updateMeeting(deps, admin, roomId, {
      roomName: "Renamed sync",
      settings: { ...switchesOff, audioDisabled: true },
      customInfo: "",
    });
    if (!result.ok) throw new Error(JSON.stringify(result));
    expect(result.requestId).toMatch(REQUEST_ID);
    expect(result.sequence).toBe(1);
    expect(result.changes.map((c) => [c.label, c.from, c.to])).toEqual([
      ["Meeting name", "Weekly sync", "Renamed sync"],
      ["Disable audio for all", "no", "yes"],
    ]);

    const room = sandbox.rooms().find((r) => r.RoomId === roomId)!;
    expect(room).toMatchObject({ RoomName: "Renamed sync", IsAudioDisabled: true, IsVideoDisabled: false });
    const detail = await getMeetingDetail(db, roomId, Math.floor(Date.now() / 1000));
    expect(detail).toMatchObject({ roomName: "Renamed sync", sequence: 1 });
    expect(detail!.settings).toEqual({ ...DEFAULT_SETTINGS, audioDisabled: true });

    const rows = await auditRows(roomId);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      action: "room.update",
      command: "update_room_info",
      outcome: "ok",
      error_code: 0,
      request_id: result.requestId,
      actor_id: "admin-1",
    });
    expect(detail!.timeline[0]).toMatchObject({ action: "room.update", requestId: result.requestId });
  });

  it("update: refuses a no-op and invalid input without calling Tencent", async () => {
    const roomId = await scheduled();
    const same = await updateMeeting(deps, admin, roomId, { roomName: "Weekly sync", settings: switchesOff });
    expect(same).toMatchObject({ ok: false, error: { code: "no-change" } });
    const bad = await updateMeeting(deps, admin, roomId, { maxMemberCount: 100_000 });
    expect(bad.ok).toBe(false);
    expect(bad.ok === false && bad.fieldErrors?.maxMemberCount).toBeTruthy();
    expect(await auditRows(roomId)).toHaveLength(0);
  });

  it("cancel: destroys the room, marks it cancelled and raises the sequence", async () => {
    const roomId = await scheduled("Town hall");
    const wrong = await cancelMeeting(deps, admin, { roomId, confirmName: "Town" });
    expect(wrong).toMatchObject({ ok: false, fieldErrors: { confirmName: [expect.any(String)] } });

    const result = await cancelMeeting(deps, admin, { roomId, confirmName: "Town hall" });
    expect(result).toMatchObject({ ok: true, note: null, sequence: 1 });
    expect(sandbox.rooms().some((r) => r.RoomId === roomId)).toBe(false);
    const detail = await getMeetingDetail(db, roomId, Math.floor(Date.now() / 1000));
    expect(detail).toMatchObject({ phase: "cancelled", cancelNote: null });
    expect(detail!.cancelledAt).not.toBeNull();
    const rows = await auditRows(roomId);
    expect(rows.map((r) => [r.action, r.outcome])).toEqual([["room.destroy", "ok"]]);
    expect(rows[0]!.request_id).toMatch(REQUEST_ID);
  });

  it("cancel: a room Tencent no longer has (100004) ends cancelled with a note, not an error", async () => {
    const roomId = `rd-gone-${randomHex(4)}`;
    await seedMeeting(db, { roomId, name: "Ghost", start: Math.floor(Date.now() / 1000) + 3600 });
    const result = await cancelMeeting(deps, admin, { roomId, confirmName: "Ghost" });
    if (!result.ok) throw new Error(JSON.stringify(result));
    expect(result.note).toContain("100004");
    expect(result.requestId).toMatch(REQUEST_ID);
    const detail = await getMeetingDetail(db, roomId, Math.floor(Date.now() / 1000));
    expect(detail).toMatchObject({ phase: "cancelled", sequence: 1 });
    expect(cancelNote(t, detail!.cancelNote)).toContain("100004");
    expect(detail!.timeline[0]).toMatchObject({
      action: "room.destroy",
      outcome: "failed",
      errorCode: 100004,
    });
    expect(await cancelMeeting(deps, admin, { roomId, confirmName: "Ghost" })).toMatchObject({
      ok: false,
      error: { code: "conflict:cancelled" },
    });
  });

  it.each([
    ["update", "update_room_info"],
    ["cancel", "destroy_room"],
  ] as const)(
    "%s: the call is on record (pending) before its request reaches Tencent",
    async (what, command) => {
      const roomId = await scheduled("Board");
      sandbox.injectFault({ command, kind: "hang" });
      // The request hangs at Tencent until this test expires its deadline, after reading the trail.
      const deadlines = manualDeadlines();
      const slow = {
        ...deps,
        trtc: clientFor(sandbox, SECRET, { deadline: (ms) => deadlines.deadline(ms) }),
      };
      const done =
        what === "update"
          ? updateMeeting(slow, admin, roomId, { roomName: "Board 2" })
          : cancelMeeting(slow, admin, { roomId, confirmName: "Board" });
      await expect.poll(() => sandbox.calls().filter((c) => c.command === command).length).toBe(1);
      const sent = sandbox.calls().find((c) => c.command === command)!;
      const rows = await auditRows(roomId);
      expect(rows.map((r) => [r.command, r.outcome, Number(r.call_random)])).toEqual([
        [command, "pending", Number(sent.random)],
      ]);
      deadlines.expire();
      await done;
      // A repeatable write whose answer never came is tried again (its retry class), on record again.
      expect((await auditRows(roomId)).map((r) => r.outcome)).toEqual(["unknown", "ok"]);
    },
  );

  it("live: get_room_info is audited as room.get and 100004 reads as gone", async () => {
    const roomId = await scheduled();
    expect(await fetchLiveRoom(deps, admin, roomId)).toMatchObject({ state: "found", memberCount: 0 });
    expect(await fetchLiveRoom(deps, admin, "rd-never-was")).toMatchObject({ state: "gone" });
    expect((await auditRows(roomId)).map((r) => r.action)).toEqual(["room.get"]);
  });

  it("import: indexes a room made elsewhere in the given zone; an unknown room says no such room", async () => {
    const body = meetingBody(`ext-${randomHex(4)}`, { RoomName: "From the console", Owner_Account: "carol" });
    await deps.trtc.run("create_room", body);
    const result = await importMeeting(deps, admin, { roomId: body.RoomInfo.RoomId, timeZone: "Asia/Tokyo" });
    expect(result).toMatchObject({ ok: true, requestId: expect.stringMatching(REQUEST_ID) });
    const detail = await getMeetingDetail(db, body.RoomInfo.RoomId, Math.floor(Date.now() / 1000));
    expect(detail).toMatchObject({
      roomName: "From the console",
      owner: "carol",
      source: "imported",
      timeZone: "Asia/Tokyo",
      start: body.RoomInfo.ScheduleStartTime,
    });
    expect(detail!.timeline[0]).toMatchObject({ action: "room.import", outcome: "ok" });

    const again = await importMeeting(deps, admin, { roomId: body.RoomInfo.RoomId, timeZone: "UTC" });
    expect(again).toMatchObject({ ok: false, error: { code: "conflict:room" } });
    const missing = await importMeeting(deps, admin, { roomId: "nope-123", timeZone: "UTC" });
    expect(missing).toMatchObject({ ok: false, error: { code: "trtc:100004" } });
    expect(missing.ok === false && missing.fieldErrors?.roomId?.[0]).toMatch(/No such room/);
  });

  it("import, update and cancel refuse a RoomId with a control character before asking Tencent", async () => {
    const injected = "rd-x\r\nBEGIN:VEVENT";
    const message =
      "Room ID contains a carriage return (U+000D); line breaks, tabs and other control characters are not allowed";
    const imported = await importMeeting(deps, admin, { roomId: injected, timeZone: "UTC" });
    expect(imported).toMatchObject({
      ok: false,
      error: { code: "invalid-input" },
      fieldErrors: { roomId: [message] },
    });
    const updated = await updateMeeting(deps, admin, injected, { roomName: "x" });
    expect(updated).toMatchObject({ ok: false, error: { code: "invalid-input", message } });
    const cancelled = await cancelMeeting(deps, admin, { roomId: injected, confirmName: "x" });
    expect(cancelled).toMatchObject({ ok: false, error: { code: "invalid-input", message } });
    expect(sandbox.calls()).toHaveLength(0);
    expect(await auditRows(injected)).toHaveLength(0);
    expect(
      await db.kysely.selectFrom("meetings").select("room_id").where("room_id", "=", injected).execute(),
    ).toEqual([]);
  });
});
