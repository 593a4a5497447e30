import { describe, expect, it } from "vitest";
import type { CallbackCommand } from "@/lib/trtc/callbacks";
import { expectValid, callbackQuery as query, callbackSandbox } from "@/tests/callback-receiver";
import { roomBody } from "@/tests/room-bodies";
import { enterRoom, leaveRoom, requestSeat, run } from "@/tests/sandbox-people";

/**
 * Simulated clients call back as Web clients (docs/trtc-api.md §6.3): entering, leaving, heartbeat expiry,
 * seats, rooms a client created and rooms the system reclaimed.
 */

const h = callbackSandbox();
const ROOM = "all-hands";

describe("simulated clients call back as Web clients", () => {
  it("enter, leave and expire: MemberEnter and MemberLeave with the member as operator", async () => {
    await run(h.sb.url, "create_room", roomBody(ROOM));
    await h.listen();
    await enterRoom(h.sb.url, ROOM, { Member_Account: "ann" });
    await enterRoom(h.sb.url, ROOM, { Member_Account: "ann" }); // already in: nothing happens
    await enterRoom(h.sb.url, ROOM, { Member_Account: "bob" });
    await leaveRoom(h.sb.url, ROOM, "ann");
    const expired = await fetch(`${h.sb.url}/__sandbox/rooms/${ROOM}/members/bob?type=Expired`, {
      method: "DELETE",
    });
    expect(expired.status).toBe(200);
    const got = await h.arrived();
    expect(got.map((r) => r.query)).toEqual([
      query("Room.CallbackAfterMemberEnter", "Web"),
      query("Room.CallbackAfterMemberEnter", "Web"),
      query("Room.CallbackAfterMemberLeave", "Web"),
      query("Room.CallbackAfterMemberLeave", "Web"),
    ]);
    const at = { EventTime: h.clock.now(), RoomId: ROOM };
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
    await run(h.sb.url, "create_room", roomBody(ROOM));
    await h.listen(["Room.CallbackAfterMemberEnter", "Room.CallbackAfterMemberLeave"]);
    await fetch(`${h.sb.url}/__sandbox/rooms/${ROOM}/members`, {
      method: "POST",
      body: JSON.stringify({ Member_Account: "ann", EventTime: 1_700_000_000_500 }),
    });
    await fetch(`${h.sb.url}/__sandbox/rooms/${ROOM}/members/ann`, {
      method: "DELETE",
      body: JSON.stringify({ EventTime: 1_700_000_000_100 }),
    });
    expect((await h.arrived()).map((r) => r.body.EventTime)).toEqual([1_700_000_000_500, 1_700_000_000_100]);
  });

  it("a seat taken through seat-requests sends the seat list", async () => {
    await run(
      h.sb.url,
      "create_room",
      roomBody(ROOM, { IsSeatEnabled: true, MaxSeatCount: 2, TakeSeatMode: "FreeToTake" }),
    );
    await enterRoom(h.sb.url, ROOM, { Member_Account: "ann" });
    await h.listen(["Mic.CallbackAfterSeatInfoChanged"]);
    expect((await requestSeat(h.sb.url, ROOM, "ann")).status).toBe(200);
    const [got, ...rest] = await h.arrived();
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
    await h.listen(["Room.CallbackAfterCreateRoom"]);
    const post = (body: unknown) =>
      fetch(`${h.sb.url}/__sandbox/client-rooms`, { method: "POST", body: JSON.stringify(body) });
    const room = {
      RoomId: "from-app",
      RoomName: "Made in the app",
      Owner_Account: "olivia",
      EventTime: 1_700_000_000_000,
    };
    expect((await post(room)).status).toBe(201);
    expect((await post(room)).status).toBe(409);
    expect((await post({ RoomId: "no-owner" })).status).toBe(400);
    const [got, ...rest] = await h.arrived();
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
    expect(h.sb.rooms().map((r) => r.RoomId)).toEqual(["from-app"]);
  });

  it("reclaim removes the room and its people and sends DestroyRoom from nobody, platform Unknown", async () => {
    await run(h.sb.url, "create_room", roomBody(ROOM));
    await enterRoom(h.sb.url, ROOM, { Member_Account: "ann" });
    await h.listen(["Room.CallbackAfterDestroyRoom"]);
    const reclaim = () => fetch(`${h.sb.url}/__sandbox/rooms/${ROOM}/reclaim`, { method: "POST" });
    expect((await reclaim()).status).toBe(200);
    expect((await reclaim()).status).toBe(404);
    expect(h.sb.rooms()).toEqual([]);
    const [got, ...rest] = await h.arrived();
    expect(rest).toEqual([]);
    expect(got!.query).toEqual(query("Room.CallbackAfterDestroyRoom", "Unknown"));
    expect(got!.body).toEqual({
      CallbackCommand: "Room.CallbackAfterDestroyRoom",
      EventTime: h.clock.now(),
      Operator_Account: "",
      RoomId: ROOM,
    });
  });
});
