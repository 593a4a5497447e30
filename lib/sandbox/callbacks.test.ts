import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { CALLBACK_COMMAND_NAMES, CALLBACK_COMMANDS, type CallbackCommand } from "@/lib/trtc/callbacks";
import { configCall, startReceiver } from "@/tests/callback-receiver";
import { roomBody } from "@/tests/room-bodies";
import { manualClock } from "@/tests/sandbox-calls";
import { enterRoom, leaveRoom, requestSeat, run } from "@/tests/sandbox-people";
import { ADMIN, APP } from "@/tests/trtc-test-app";
import { startSandbox } from "./server";
import type { RunningSandbox } from "./types";

/**
 * The sandbox calls back (docs/trtc-api.md §6.2, §6.3): each event to a real receiver over HTTP, with the
 * exact query, a body the receiver's schema accepts, and EventTime in ms from the sandbox's clock.
 */

const clock = manualClock();
let sb: RunningSandbox;
let receiver: Awaited<ReturnType<typeof startReceiver>>;
beforeAll(async () => {
  receiver = await startReceiver();
  sb = await startSandbox({ apps: [APP], port: 0, now: clock.now });
});
afterAll(async () => {
  await sb.close();
  await receiver.close();
});

const ROOM = "all-hands";
const hookUrl = () => `${receiver.base}/trtc/callback?tenant=7`;

async function listen(commands: readonly string[] = CALLBACK_COMMAND_NAMES) {
  expect(
    (await configCall(sb.url, "set_callback", { Url: hookUrl(), CallbackCommandList: commands })).code,
  ).toBe(0);
}

/** What arrived since the last call, once everything queued has been delivered. */
async function arrived() {
  await sb.callbacksSettled();
  return receiver.received.splice(0);
}

const query = (command: string, platform = "RESTAPI") => ({
  tenant: "7",
  SdkAppid: String(APP.sdkAppId),
  CallbackCommand: command,
  contenttype: "json",
  ClientIP: "127.0.0.1",
  OptPlatform: platform,
});

function expectValid(command: CallbackCommand, body: unknown) {
  const parsed = CALLBACK_COMMANDS[command].body.safeParse(body);
  expect(parsed.success, `${command}: ${JSON.stringify(parsed.error?.issues)}`).toBe(true);
}

beforeEach(async () => {
  sb.reset();
  receiver.received.length = 0;
  clock.advance(60_000);
});

describe("REST actions call back", () => {
  it("create_room: the exact query, and RoomInfo as get_room_info gives it minus MemberCount", async () => {
    await listen();
    const body = roomBody(
      ROOM,
      { RoomName: "All hands", Owner_Account: "olivia" },
      {
        ScheduleInviteeList_Account: ["ann", "bob"],
      },
    );
    expect((await run(sb.url, "create_room", body)).code).toBe(0);
    const [got, ...rest] = await arrived();
    expect(rest).toEqual([]);
    expect(got!.path.startsWith("/trtc/callback?tenant=7&SdkAppid=")).toBe(true);
    expect(got!.query).toEqual(query("Room.CallbackAfterCreateRoom"));
    const info = (await run(sb.url, "get_room_info", { RoomId: ROOM })).response.RoomInfo as Record<
      string,
      unknown
    >;
    const withoutCount = { ...info };
    delete withoutCount.MemberCount;
    expect(got!.body).toEqual({
      CallbackCommand: "Room.CallbackAfterCreateRoom",
      EventTime: clock.now(),
      Operator_Account: ADMIN,
      RoomInfo: withoutCount,
      ScheduleInviteeList_Account: ["ann", "bob"],
    });
    expectValid("Room.CallbackAfterCreateRoom", got!.body);
  });

  it("update_room_info (listed by its alias) sends the room after the update; destroy_room its RoomId", async () => {
    await run(sb.url, "create_room", roomBody(ROOM));
    await listen(["Room.CallbackUpdateRoomInfo", "Room.CallbackAfterDestroyRoom"]);
    clock.advance(1234);
    expect(
      (await run(sb.url, "update_room_info", { RoomInfo: { RoomId: ROOM, RoomName: "Renamed" } })).code,
    ).toBe(0);
    const [update] = await arrived();
    expect(update!.query).toEqual(query("Room.CallbackAfterUpdateRoomInfo"));
    expect(update!.body).toMatchObject({
      CallbackCommand: "Room.CallbackAfterUpdateRoomInfo",
      EventTime: clock.now(),
      Operator_Account: ADMIN,
      RoomInfo: { RoomId: ROOM, RoomName: "Renamed" },
    });
    expectValid("Room.CallbackAfterUpdateRoomInfo", update!.body);

    expect((await run(sb.url, "destroy_room", { RoomId: ROOM })).code).toBe(0);
    const [destroy] = await arrived();
    expect(destroy!.query).toEqual(query("Room.CallbackAfterDestroyRoom"));
    expect(destroy!.body).toEqual({
      CallbackCommand: "Room.CallbackAfterDestroyRoom",
      EventTime: clock.now(),
      Operator_Account: ADMIN,
      RoomId: ROOM,
    });
    expectValid("Room.CallbackAfterDestroyRoom", destroy!.body);
  });

  it("kick_user_out and ban_room_member: MemberLeave, Type Kicked, with the headcount after", async () => {
    await run(sb.url, "create_room", roomBody(ROOM, { Owner_Account: "olivia" }));
    for (const a of ["olivia", "ann", "bob", "cy"]) await enterRoom(sb.url, ROOM, { Member_Account: a });
    await listen(["Room.CallbackAfterMemberLeave"]);
    const kick = { RoomId: ROOM, MemberList_Account: ["ann", "bob"], Reason: "spam" };
    expect((await run(sb.url, "kick_user_out", kick)).code).toBe(0);
    const ban = { RoomId: ROOM, MemberList_Account: ["cy", "never-in"], Reason: "rude", Duration: 60 };
    expect((await run(sb.url, "ban_room_member", ban)).code).toBe(0);
    const [kicked, banned, ...rest] = await arrived();
    expect(rest).toEqual([]);
    expect(kicked!.query).toEqual(query("Room.CallbackAfterMemberLeave"));
    const leave = {
      CallbackCommand: "Room.CallbackAfterMemberLeave",
      EventTime: clock.now(),
      Operator_Account: ADMIN,
    };
    expect(kicked!.body).toEqual({
      ...leave,
      RoomId: ROOM,
      MemberCount: 2,
      Type: "Kicked",
      MemberList_Account: ["ann", "bob"],
      Reason: "spam",
    });
    expect(banned!.body).toEqual({
      ...leave,
      RoomId: ROOM,
      MemberCount: 1,
      Type: "Kicked",
      MemberList_Account: ["cy"],
      Reason: "rude",
    });
    for (const r of [kicked, banned]) expectValid("Room.CallbackAfterMemberLeave", r!.body);
  });

  it("pick_user_on_seat, kick_user_off_seat and lock_seat send the whole seat list", async () => {
    await run(
      sb.url,
      "create_room",
      roomBody(ROOM, { IsSeatEnabled: true, MaxSeatCount: 2, TakeSeatMode: "FreeToTake" }),
    );
    await enterRoom(sb.url, ROOM, { Member_Account: "ann" });
    await listen(["Mic.CallbackAfterSeatInfoChanged"]);
    expect(
      (await run(sb.url, "pick_user_on_seat", { RoomId: ROOM, Index: 1, Member_Account: "ann" })).code,
    ).toBe(0);
    expect(
      (await run(sb.url, "kick_user_off_seat", { RoomId: ROOM, Member_Account: "ann", Data: "" })).code,
    ).toBe(0);
    expect((await run(sb.url, "lock_seat", { RoomId: ROOM, Index: 0, ForbidAudio: true })).code).toBe(0);
    const got = await arrived();
    const seat = (Index: number, Member_Account = "", IsAudioDisabled = false) => ({
      Index,
      Member_Account,
      IsTakenDisabled: false,
      IsVideoDisabled: false,
      IsAudioDisabled,
    });
    expect(got.map((r) => r.query)).toEqual(Array(3).fill(query("Mic.CallbackAfterSeatInfoChanged")));
    expect(got.map((r) => r.body.SeatList)).toEqual([
      [seat(0), seat(1, "ann")],
      [seat(0), seat(1)],
      [seat(0, "", true), seat(1)],
    ]);
    for (const r of got) {
      expect(r.body).toMatchObject({ RoomId: ROOM, EventTime: clock.now(), Operator_Account: ADMIN });
      expectValid("Mic.CallbackAfterSeatInfoChanged", r.body);
    }
  });

  it("sends nothing for a refused command, nor for a command not listed, nor with no configuration", async () => {
    await run(sb.url, "create_room", roomBody(ROOM));
    await listen(["Room.CallbackAfterDestroyRoom"]);
    expect((await run(sb.url, "update_room_info", { RoomInfo: { RoomId: ROOM, RoomName: "x" } })).code).toBe(
      0,
    );
    expect((await run(sb.url, "destroy_room", { RoomId: "nowhere" })).code).toBe(100004);
    expect(await arrived()).toEqual([]);
    expect((await configCall(sb.url, "delete_callback", {})).code).toBe(0);
    expect((await run(sb.url, "destroy_room", { RoomId: ROOM })).code).toBe(0);
    expect(await arrived()).toEqual([]);
    expect(sb.callbacks()).toEqual([]);
  });
});

describe("simulated clients call back as Web clients", () => {
  it("enter, leave and expire: MemberEnter and MemberLeave with the member as operator", async () => {
    await run(sb.url, "create_room", roomBody(ROOM));
    await listen();
    await enterRoom(sb.url, ROOM, { Member_Account: "ann" });
    await enterRoom(sb.url, ROOM, { Member_Account: "ann" }); // already in: nothing happens
    await enterRoom(sb.url, ROOM, { Member_Account: "bob" });
    await leaveRoom(sb.url, ROOM, "ann");
    const expired = await fetch(`${sb.url}/__sandbox/rooms/${ROOM}/members/bob?type=Expired`, {
      method: "DELETE",
    });
    expect(expired.status).toBe(200);
    const got = await arrived();
    expect(got.map((r) => r.query)).toEqual([
      query("Room.CallbackAfterMemberEnter", "Web"),
      query("Room.CallbackAfterMemberEnter", "Web"),
      query("Room.CallbackAfterMemberLeave", "Web"),
      query("Room.CallbackAfterMemberLeave", "Web"),
    ]);
    const at = { EventTime: clock.now(), RoomId: ROOM };
    expect(got.map((r) => r.body)).toEqual([
      {
        ...at,
        CallbackCommand: "Room.CallbackAfterMemberEnter",
        Operator_Account: "ann",
        MemberCount: 1,
        Type: "Enter",
        MemberList_Account: ["ann"],
      },
      {
        ...at,
        CallbackCommand: "Room.CallbackAfterMemberEnter",
        Operator_Account: "bob",
        MemberCount: 2,
        Type: "Enter",
        MemberList_Account: ["bob"],
      },
      {
        ...at,
        CallbackCommand: "Room.CallbackAfterMemberLeave",
        Operator_Account: "ann",
        MemberCount: 1,
        Type: "Leave",
        MemberList_Account: ["ann"],
        Reason: "",
      },
      {
        ...at,
        CallbackCommand: "Room.CallbackAfterMemberLeave",
        Operator_Account: "bob",
        MemberCount: 0,
        Type: "Expired",
        MemberList_Account: ["bob"],
        Reason: "",
      },
    ]);
    for (const r of got) expectValid(r.query.CallbackCommand as CallbackCommand, r.body);
  });

  it("takes EventTime from the body when given, so events can be sent out of order in time", async () => {
    await run(sb.url, "create_room", roomBody(ROOM));
    await listen(["Room.CallbackAfterMemberEnter", "Room.CallbackAfterMemberLeave"]);
    await fetch(`${sb.url}/__sandbox/rooms/${ROOM}/members`, {
      method: "POST",
      body: JSON.stringify({ Member_Account: "ann", EventTime: 1_700_000_000_500 }),
    });
    await fetch(`${sb.url}/__sandbox/rooms/${ROOM}/members/ann`, {
      method: "DELETE",
      body: JSON.stringify({ EventTime: 1_700_000_000_100 }),
    });
    expect((await arrived()).map((r) => r.body.EventTime)).toEqual([1_700_000_000_500, 1_700_000_000_100]);
  });

  it("a seat taken through seat-requests sends the seat list", async () => {
    await run(
      sb.url,
      "create_room",
      roomBody(ROOM, { IsSeatEnabled: true, MaxSeatCount: 2, TakeSeatMode: "FreeToTake" }),
    );
    await enterRoom(sb.url, ROOM, { Member_Account: "ann" });
    await listen(["Mic.CallbackAfterSeatInfoChanged"]);
    expect((await requestSeat(sb.url, ROOM, "ann")).status).toBe(200);
    const [got, ...rest] = await arrived();
    expect(rest).toEqual([]);
    expect(got!.query).toEqual(query("Mic.CallbackAfterSeatInfoChanged", "Web"));
    expect(got!.body).toMatchObject({
      Operator_Account: "ann",
      RoomId: ROOM,
      SeatList: [
        { Index: 0, Member_Account: "ann" },
        { Index: 1, Member_Account: "" },
      ],
    });
    expectValid("Mic.CallbackAfterSeatInfoChanged", got!.body);
  });

  it("a client room sends CreateRoom from the owner on Web; 409 when taken", async () => {
    await listen(["Room.CallbackAfterCreateRoom"]);
    const post = (body: unknown) =>
      fetch(`${sb.url}/__sandbox/client-rooms`, { method: "POST", body: JSON.stringify(body) });
    const room = {
      RoomId: "from-app",
      RoomName: "Made in the app",
      Owner_Account: "olivia",
      EventTime: 1_700_000_000_000,
    };
    expect((await post(room)).status).toBe(201);
    expect((await post(room)).status).toBe(409);
    expect((await post({ RoomId: "no-owner" })).status).toBe(400);
    const [got, ...rest] = await arrived();
    expect(rest).toEqual([]);
    expect(got!.query).toEqual(query("Room.CallbackAfterCreateRoom", "Web"));
    expect(got!.body).toMatchObject({
      EventTime: 1_700_000_000_000,
      Operator_Account: "olivia",
      RoomInfo: { RoomId: "from-app", RoomName: "Made in the app", Owner_Account: "olivia" },
      ScheduleInviteeList_Account: [],
    });
    expect(got!.body.RoomInfo).not.toHaveProperty("MemberCount");
    expectValid("Room.CallbackAfterCreateRoom", got!.body);
    expect(sb.rooms().map((r) => r.RoomId)).toEqual(["from-app"]);
  });

  it("reclaim removes the room and its people and sends DestroyRoom from nobody, platform Unknown", async () => {
    await run(sb.url, "create_room", roomBody(ROOM));
    await enterRoom(sb.url, ROOM, { Member_Account: "ann" });
    await listen(["Room.CallbackAfterDestroyRoom"]);
    const reclaim = () => fetch(`${sb.url}/__sandbox/rooms/${ROOM}/reclaim`, { method: "POST" });
    expect((await reclaim()).status).toBe(200);
    expect((await reclaim()).status).toBe(404);
    expect(sb.rooms()).toEqual([]);
    const [got, ...rest] = await arrived();
    expect(rest).toEqual([]);
    expect(got!.query).toEqual(query("Room.CallbackAfterDestroyRoom", "Unknown"));
    expect(got!.body).toEqual({
      CallbackCommand: "Room.CallbackAfterDestroyRoom",
      EventTime: clock.now(),
      Operator_Account: "",
      RoomId: ROOM,
    });
  });
});

describe("the delivery log", () => {
  it("records each attempt with its query and status, and a failure without throwing", async () => {
    await listen(["Room.CallbackAfterCreateRoom"]);
    receiver.answerWith(500);
    try {
      expect((await run(sb.url, "create_room", roomBody("one"))).code).toBe(0);
      await sb.callbacksSettled();
    } finally {
      receiver.answerWith(200);
    }
    // A receiver that has gone away: its port refuses the connection.
    const gone = await startReceiver();
    await gone.close();
    const hook = { Url: `${gone.base}/hook`, CallbackCommandList: ["Room.CallbackAfterCreateRoom"] };
    expect((await configCall(sb.url, "update_callback", hook)).code).toBe(0);
    expect((await run(sb.url, "create_room", roomBody("two"))).code).toBe(0);
    await sb.callbacksSettled();
    const log = (await (await fetch(`${sb.url}/__sandbox/callbacks`)).json()) as Record<string, unknown>[];
    expect(log).toHaveLength(2);
    expect(log[0]).toMatchObject({
      command: "Room.CallbackAfterCreateRoom",
      status: 500,
      error: "HTTP 500",
      query: query("Room.CallbackAfterCreateRoom"),
      deliveredAt: new Date(clock.now()).toISOString(),
    });
    expect(log[0]!.body).toMatchObject({ RoomInfo: { RoomId: "one" } });
    expect(log[1]).toMatchObject({ status: null, query: { SdkAppid: String(APP.sdkAppId) } });
    expect(String(log[1]!.error)).toMatch(/ECONNREFUSED/);
    await fetch(`${sb.url}/__sandbox/reset`, { method: "POST" });
    expect(await (await fetch(`${sb.url}/__sandbox/callbacks`)).json()).toEqual([]);
  });
});
