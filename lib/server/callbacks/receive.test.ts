import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { callbackSign } from "@/lib/trtc/callback-sign";
import { ENGINES, openTestDb, type TestDb } from "@/tests/db-engines";
import { networkList } from "../network-list";
import { callbackCounts } from "./counters";
import { CALLBACK_MAX_BODY_BYTES, receiveCallback, type CallbackReceiverDeps } from "./receive";
import { roomActivity, unscheduledRooms } from "./room-activity";
import { searchRoomEvents } from "./search-events";

const SDK_APP_ID = 1400000001;
const NOW_MS = Date.UTC(2026, 11, 2, 9, 0, 0);
const TOKEN = "xxxxyyyy";

function query(command: string, extra: Record<string, string> = {}): URLSearchParams {
  return new URLSearchParams({
    SdkAppid: String(SDK_APP_ID),
    CallbackCommand: command,
    contenttype: "json",
    ClientIP: "127.0.0.1",
    OptPlatform: "Web",
    ...extra,
  });
}

const signed = (command: string, seconds = Math.floor(NOW_MS / 1000)) =>
  query(command, { RequestTime: String(seconds), Sign: callbackSign(TOKEN, seconds) });

const enter = (roomId: string, account: string, atMs: number) => ({
  CallbackCommand: "Room.CallbackAfterMemberEnter",
  EventTime: atMs,
  Operator_Account: account,
  RoomId: roomId,
  MemberCount: 1,
  Type: "Enter",
  MemberList_Account: [account],
});

const leave = (roomId: string, account: string, atMs: number, type = "Leave") => ({
  CallbackCommand: "Room.CallbackAfterMemberLeave",
  EventTime: atMs,
  Operator_Account: account,
  RoomId: roomId,
  MemberCount: 0,
  Type: type,
  MemberList_Account: [account],
  Reason: "",
});

describe.each(ENGINES)("the callback receiver on %s", (engine) => {
  let db: TestDb;
  let deps: CallbackReceiverDeps;
  beforeAll(async () => {
    db = await openTestDb(engine);
    deps = { db, sdkAppId: SDK_APP_ID, token: null, allowed: () => true, now: () => NOW_MS };
  });
  afterAll(() => db.dispose());

  const eventsIn = async (roomId: string) =>
    (await db.kysely.selectFrom("room_events").select("id").where("room_id", "=", roomId).execute()).length;

  const send = (
    body: unknown,
    q: URLSearchParams,
    d: Partial<CallbackReceiverDeps> = {},
    clientIp = "203.0.113.9",
  ) => receiveCallback({ ...deps, ...d }, { query: q, body: JSON.stringify(body), clientIp });

  it.each([
    [
      "another SdkAppid",
      { q: query("Room.CallbackAfterMemberEnter", { SdkAppid: "1400000002" }) },
      "sdkAppId",
    ],
    [
      "no SdkAppid",
      {
        q: (() => {
          const q = query("Room.CallbackAfterMemberEnter");
          q.delete("SdkAppid");
          return q;
        })(),
      },
      "sdkAppId",
    ],
    [
      "a command in the URL that is not the body's",
      { q: query("Room.CallbackAfterMemberLeave") },
      "commandMismatch",
    ],
    [
      "a stale RequestTime",
      { q: signed("Room.CallbackAfterMemberEnter", Math.floor(NOW_MS / 1000) - 61), token: TOKEN },
      "staleRequestTime",
    ],
    [
      "a RequestTime from the future",
      { q: signed("Room.CallbackAfterMemberEnter", Math.floor(NOW_MS / 1000) + 61), token: TOKEN },
      "staleRequestTime",
    ],
    [
      "a wrong Sign",
      {
        q: query("Room.CallbackAfterMemberEnter", {
          RequestTime: String(Math.floor(NOW_MS / 1000)),
          Sign: callbackSign("other", Math.floor(NOW_MS / 1000)),
        }),
        token: TOKEN,
      },
      "badSign",
    ],
    [
      "no Sign while a token is set",
      { q: query("Room.CallbackAfterMemberEnter"), token: TOKEN },
      "missingSign",
    ],
  ] as const)("refuses %s and stores nothing", async (_name, c, reason) => {
    const roomId = `refused-${engine}-${reason}-${_name.length}`;
    const d = "token" in c ? { token: c.token } : {};
    const outcome = await send(enter(roomId, "alice", NOW_MS), c.q, d);
    expect(outcome).toEqual({ kind: "refused", reason });
    expect(await eventsIn(roomId)).toBe(0);
  });

  it("refuses a post a browser made from a web page, whatever else it carries", async () => {
    const roomId = `browser-${engine}`;
    const outcome = await receiveCallback(deps, {
      query: query("Room.CallbackAfterMemberEnter"),
      body: JSON.stringify(enter(roomId, "alice", NOW_MS)),
      clientIp: "203.0.113.9",
      fromBrowser: true,
    });
    expect(outcome).toEqual({ kind: "refused", reason: "browserOrigin" });
    expect(await eventsIn(roomId)).toBe(0);
  });

  it("refuses an address outside the allowed networks, and takes one inside", async () => {
    const allowed = networkList(["198.51.100.0/24", "2001:db8::/32"]);
    const roomId = `net-${engine}`;
    expect(
      await send(
        enter(roomId, "alice", NOW_MS),
        query("Room.CallbackAfterMemberEnter"),
        { allowed },
        "203.0.113.9",
      ),
    ).toEqual({ kind: "refused", reason: "network" });
    expect(
      await send(enter(roomId, "alice", NOW_MS), query("Room.CallbackAfterMemberEnter"), { allowed }, ""),
    ).toEqual({ kind: "refused", reason: "network" });
    expect(await eventsIn(roomId)).toBe(0);
    expect(
      (
        await send(
          enter(roomId, "alice", NOW_MS),
          query("Room.CallbackAfterMemberEnter"),
          { allowed },
          "2001:db8::7",
        )
      ).kind,
    ).toBe("stored");
  });

  it("refuses an oversize body (read stopped at the limit) and a body that is not JSON", async () => {
    const q = query("Room.CallbackAfterMemberEnter");
    expect(await receiveCallback(deps, { query: q, body: null, clientIp: null })).toEqual({
      kind: "refused",
      reason: "tooLarge",
    });
    expect(await receiveCallback(deps, { query: q, body: "{nope", clientIp: null })).toEqual({
      kind: "refused",
      reason: "notJson",
    });
    expect(CALLBACK_MAX_BODY_BYTES).toBeLessThanOrEqual(64 * 1024);
  });

  it("refuses a known command whose body does not match its schema", async () => {
    const body = { ...enter(`bad-${engine}`, "alice", NOW_MS), MemberList_Account: "alice" };
    expect(await send(body, query("Room.CallbackAfterMemberEnter"))).toEqual({
      kind: "refused",
      reason: "malformed",
    });
  });

  it("takes a correctly signed request", async () => {
    const roomId = `signed-${engine}`;
    const outcome = await send(enter(roomId, "alice", NOW_MS), signed("Room.CallbackAfterMemberEnter"), {
      token: TOKEN,
    });
    expect(outcome.kind).toBe("stored");
  });

  it("stores a redelivered event once and counts the duplicate", async () => {
    const roomId = `dup-${engine}`;
    const body = enter(roomId, "bob", NOW_MS);
    expect((await send(body, query("Room.CallbackAfterMemberEnter"))).kind).toBe("stored");
    expect(await send(body, query("Room.CallbackAfterMemberEnter"))).toEqual({
      kind: "duplicate",
      command: "Room.CallbackAfterMemberEnter",
    });
    expect(await eventsIn(roomId)).toBe(1);
    const counts = await callbackCounts(db);
    const enterCounts = counts.commands.find((c) => c.command === "Room.CallbackAfterMemberEnter");
    expect(enterCounts?.duplicates).toBeGreaterThanOrEqual(1);
    expect(counts.refused.map((r) => r.reason)).toEqual(
      expect.arrayContaining(["sdkAppId", "badSign", "staleRequestTime"]),
    );
  });

  it("stores each of many concurrent deliveries once, redeliveries in the same batch included", async () => {
    const roomId = `burst-${engine}`;
    const bodies = Array.from({ length: 30 }, (_, i) => enter(roomId, `p${i % 20}`, NOW_MS + (i % 20)));
    const outcomes = await Promise.all(bodies.map((b) => send(b, query("Room.CallbackAfterMemberEnter"))));
    expect(outcomes.filter((o) => o.kind === "stored")).toHaveLength(20);
    expect(outcomes.filter((o) => o.kind === "duplicate")).toHaveLength(10);
    expect(await eventsIn(roomId)).toBe(20);
  });

  it("keeps an unknown command as unknown instead of dropping it", async () => {
    const body = {
      CallbackCommand: "Room.CallbackAfterSomethingNew",
      EventTime: NOW_MS,
      RoomId: `new-${engine}`,
    };
    expect((await send(body, query("Room.CallbackAfterSomethingNew"))).kind).toBe("stored");
    const row = await db.kysely
      .selectFrom("room_events")
      .selectAll()
      .where("room_id", "=", `new-${engine}`)
      .executeTakeFirstOrThrow();
    expect(row.command).toBe("Room.CallbackAfterSomethingNew");
    expect(Number(row.known)).toBe(0);
  });

  it("gets attendance right when the leave arrives before the enter", async () => {
    const roomId = `order-${engine}`;
    const t0 = NOW_MS - 60 * 60_000;
    expect(
      (await send(leave(roomId, "alice", t0 + 25 * 60_000), query("Room.CallbackAfterMemberLeave"))).kind,
    ).toBe("stored");
    expect((await send(enter(roomId, "alice", t0), query("Room.CallbackAfterMemberEnter"))).kind).toBe(
      "stored",
    );
    expect(
      (await send(enter(roomId, "carol", t0 + 10 * 60_000), query("Room.CallbackAfterMemberEnter"))).kind,
    ).toBe("stored");
    expect(
      (await send(leave(roomId, "carol", t0 + 15 * 60_000, "Kicked"), query("Room.CallbackAfterMemberLeave")))
        .kind,
    ).toBe("stored");
    const { attendance, events } = await roomActivity(db, roomId, {
      nowMs: NOW_MS,
      adminUserId: "administrator",
    });
    expect(attendance).toEqual([
      expect.objectContaining({
        account: "alice",
        minutes: 25,
        present: false,
        leftBecause: "Leave",
        stays: 1,
      }),
      expect.objectContaining({
        account: "carol",
        minutes: 5,
        present: false,
        leftBecause: "Kicked",
        stays: 1,
      }),
    ]);
    // The timeline is in Tencent's time, newest first, whatever the arrival order.
    expect(events.map((e) => `${e.type}:${e.accounts.join()}`)).toEqual([
      "Leave:alice",
      "Kicked:carol",
      "Enter:carol",
      "Enter:alice",
    ]);
    expect((await searchRoomEvents(db, { account: "alice", roomId, limit: 10 })).map((e) => e.type)).toEqual([
      "Leave",
      "Enter",
    ]);
    expect(await searchRoomEvents(db, { account: "alice", roomId: "another-room", limit: 10 })).toEqual([]);
  });

  it("tells a room reclaimed by Tencent, and lists a client's room Roomdesk did not schedule until it is gone", async () => {
    const roomId = `client-${engine}`;
    const create = {
      CallbackCommand: "Room.CallbackAfterCreateRoom",
      EventTime: NOW_MS - 1000,
      Operator_Account: "dora",
      RoomInfo: { RoomId: roomId, RoomName: "Dora's room", Owner_Account: "dora", RoomType: "Conference" },
      ScheduleInviteeList_Account: [],
    };
    await send(create, query("Room.CallbackAfterCreateRoom"));
    expect((await unscheduledRooms(db)).find((r) => r.roomId === roomId)).toEqual(
      expect.objectContaining({ roomName: "Dora's room", owner: "dora", platform: "Web" }),
    );
    const destroy = {
      CallbackCommand: "Room.CallbackAfterDestroyRoom",
      EventTime: NOW_MS,
      Operator_Account: "",
      RoomId: roomId,
    };
    await send(destroy, query("Room.CallbackAfterDestroyRoom", { OptPlatform: "Unknown" }));
    const { lifecycle } = await roomActivity(db, roomId, { nowMs: NOW_MS, adminUserId: "administrator" });
    expect(lifecycle).toEqual(expect.objectContaining({ state: "destroyed", by: "tencent" }));
    expect((await unscheduledRooms(db)).find((r) => r.roomId === roomId)).toBeUndefined();
    // The same Room ID created again after it was destroyed is there again, under its new name.
    const again = {
      ...create,
      EventTime: NOW_MS + 1000,
      RoomInfo: { ...create.RoomInfo, RoomName: "Again" },
    };
    await send(again, query("Room.CallbackAfterCreateRoom"));
    expect((await unscheduledRooms(db)).filter((r) => r.roomId === roomId)).toEqual([
      expect.objectContaining({ roomName: "Again" }),
    ]);
  });
});
