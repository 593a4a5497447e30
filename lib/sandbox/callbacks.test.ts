import { describe, expect, it } from "vitest";
import {
  configCall,
  expectValid,
  startReceiver,
  callbackQuery as query,
  callbackSandbox,
} from "@/tests/callback-receiver";
import { roomBody } from "@/tests/room-bodies";
import { enterRoom, run } from "@/tests/sandbox-people";
import { ADMIN, APP } from "@/tests/trtc-test-app";

/**
 * The sandbox calls back for its own REST actions (docs/trtc-api.md §6.2, §6.3): each event to a real
 * receiver over HTTP, with the exact query, a body the receiver's schema accepts, and EventTime in ms from
 * the sandbox's clock. Every attempt is kept in the delivery log.
 */

const h = callbackSandbox();
const ROOM = "all-hands";

describe("REST actions call back", () => {
  it("create_room: the exact query, and RoomInfo as get_room_info gives it minus MemberCount", async () => {
    await h.listen();
    const body = roomBody(
      ROOM,
      { RoomName: "All hands", Owner_Account: "olivia" },
      {
        ScheduleInviteeList_Account: ["ann", "bob"],
      },
    );
    expect((await run(h.sb.url, "create_room", body)).code).toBe(0);
    const [got, ...rest] = await h.arrived();
    expect(rest).toEqual([]);
    expect(got!.path.startsWith("/trtc/callback?tenant=7&SdkAppid=")).toBe(true);
    expect(got!.query).toEqual(query("Room.CallbackAfterCreateRoom"));
    const info = (await run(h.sb.url, "get_room_info", { RoomId: ROOM })).response.RoomInfo as Record<
      string,
      unknown
    >;
    const withoutCount = { ...info };
    delete withoutCount.MemberCount;
    expect(got!.body).toEqual({
      CallbackCommand: "Room.CallbackAfterCreateRoom",
      EventTime: h.clock.now(),
      Operator_Account: ADMIN,
      RoomInfo: withoutCount,
      ScheduleInviteeList_Account: ["ann", "bob"],
    });
    expectValid("Room.CallbackAfterCreateRoom", got!.body);
  });

  it("update_room_info (listed by its alias) sends the room after the update; destroy_room its RoomId", async () => {
    await run(h.sb.url, "create_room", roomBody(ROOM));
    await h.listen(["Room.CallbackUpdateRoomInfo", "Room.CallbackAfterDestroyRoom"]);
    h.clock.advance(1234);
    expect(
      (await run(h.sb.url, "update_room_info", { RoomInfo: { RoomId: ROOM, RoomName: "Renamed" } })).code,
    ).toBe(0);
    const [update] = await h.arrived();
    expect(update!.query).toEqual(query("Room.CallbackAfterUpdateRoomInfo"));
    expect(update!.body).toMatchObject({
      CallbackCommand: "Room.CallbackAfterUpdateRoomInfo",
      EventTime: h.clock.now(),
      Operator_Account: ADMIN,
      RoomInfo: { RoomId: ROOM, RoomName: "Renamed" },
    });
    expectValid("Room.CallbackAfterUpdateRoomInfo", update!.body);

    expect((await run(h.sb.url, "destroy_room", { RoomId: ROOM })).code).toBe(0);
    const [destroy] = await h.arrived();
    expect(destroy!.query).toEqual(query("Room.CallbackAfterDestroyRoom"));
    expect(destroy!.body).toEqual({
      CallbackCommand: "Room.CallbackAfterDestroyRoom",
      EventTime: h.clock.now(),
      Operator_Account: ADMIN,
      RoomId: ROOM,
    });
    expectValid("Room.CallbackAfterDestroyRoom", destroy!.body);
  });

  it("kick_user_out and ban_room_member: MemberLeave, Type Kicked, with the headcount after", async () => {
    await run(h.sb.url, "create_room", roomBody(ROOM, { Owner_Account: "olivia" }));
    for (const a of ["olivia", "ann", "bob", "cy"]) await enterRoom(h.sb.url, ROOM, { Member_Account: a });
    await h.listen(["Room.CallbackAfterMemberLeave"]);
    const kick = { RoomId: ROOM, MemberList_Account: ["ann", "bob"], Reason: "spam" };
    expect((await run(h.sb.url, "kick_user_out", kick)).code).toBe(0);
    const ban = { RoomId: ROOM, MemberList_Account: ["cy", "never-in"], Reason: "rude", Duration: 60 };
    expect((await run(h.sb.url, "ban_room_member", ban)).code).toBe(0);
    const [kicked, banned, ...rest] = await h.arrived();
    expect(rest).toEqual([]);
    expect(kicked!.query).toEqual(query("Room.CallbackAfterMemberLeave"));
    const leave = {
      CallbackCommand: "Room.CallbackAfterMemberLeave",
      EventTime: h.clock.now(),
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
      h.sb.url,
      "create_room",
      roomBody(ROOM, { IsSeatEnabled: true, MaxSeatCount: 2, TakeSeatMode: "FreeToTake" }),
    );
    await enterRoom(h.sb.url, ROOM, { Member_Account: "ann" });
    await h.listen(["Mic.CallbackAfterSeatInfoChanged"]);
    expect(
      (await run(h.sb.url, "pick_user_on_seat", { RoomId: ROOM, Index: 1, Member_Account: "ann" })).code,
    ).toBe(0);
    expect(
      (await run(h.sb.url, "kick_user_off_seat", { RoomId: ROOM, Member_Account: "ann", Data: "" })).code,
    ).toBe(0);
    expect((await run(h.sb.url, "lock_seat", { RoomId: ROOM, Index: 0, ForbidAudio: true })).code).toBe(0);
    const got = await h.arrived();
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
      expect(r.body).toMatchObject({ RoomId: ROOM, EventTime: h.clock.now(), Operator_Account: ADMIN });
      expectValid("Mic.CallbackAfterSeatInfoChanged", r.body);
    }
  });

  it("sends nothing for a refused command, nor for a command not listed, nor with no configuration", async () => {
    await run(h.sb.url, "create_room", roomBody(ROOM));
    await h.listen(["Room.CallbackAfterDestroyRoom"]);
    expect(
      (await run(h.sb.url, "update_room_info", { RoomInfo: { RoomId: ROOM, RoomName: "x" } })).code,
    ).toBe(0);
    expect((await run(h.sb.url, "destroy_room", { RoomId: "nowhere" })).code).toBe(100004);
    expect(await h.arrived()).toEqual([]);
    expect((await configCall(h.sb.url, "delete_callback", {})).code).toBe(0);
    expect((await run(h.sb.url, "destroy_room", { RoomId: ROOM })).code).toBe(0);
    expect(await h.arrived()).toEqual([]);
    expect(h.sb.callbacks()).toEqual([]);
  });
});

describe("the delivery log", () => {
  it("records each attempt with its query and status, and a failure without throwing", async () => {
    await h.listen(["Room.CallbackAfterCreateRoom"]);
    h.receiver.answerWith(500);
    try {
      expect((await run(h.sb.url, "create_room", roomBody("one"))).code).toBe(0);
      await h.sb.callbacksSettled();
    } finally {
      h.receiver.answerWith(200);
    }
    // A receiver that has gone away: its port refuses the connection.
    const gone = await startReceiver();
    await gone.close();
    const hook = { Url: `${gone.base}/hook`, CallbackCommandList: ["Room.CallbackAfterCreateRoom"] };
    expect((await configCall(h.sb.url, "update_callback", hook)).code).toBe(0);
    expect((await run(h.sb.url, "create_room", roomBody("two"))).code).toBe(0);
    await h.sb.callbacksSettled();
    const log = (await (await fetch(`${h.sb.url}/__sandbox/callbacks`)).json()) as Record<string, unknown>[];
    expect(log).toHaveLength(2);
    expect(log[0]).toMatchObject({
      command: "Room.CallbackAfterCreateRoom",
      status: 500,
      error: "HTTP 500",
      query: query("Room.CallbackAfterCreateRoom"),
      deliveredAt: new Date(h.clock.now()).toISOString(),
    });
    expect(log[0]!.body).toMatchObject({ RoomInfo: { RoomId: "one" } });
    expect(log[1]).toMatchObject({ status: null, query: { SdkAppid: String(APP.sdkAppId) } });
    expect(String(log[1]!.error)).toMatch(/ECONNREFUSED/);
    await fetch(`${h.sb.url}/__sandbox/reset`, { method: "POST" });
    expect(await (await fetch(`${h.sb.url}/__sandbox/callbacks`)).json()).toEqual([]);
  });
});
