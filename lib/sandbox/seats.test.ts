import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { startSandbox } from "./server";
import { APP } from "@/tests/trtc-test-app";
import { trtcCall } from "@/tests/sandbox-calls";
import { roomBody } from "@/tests/room-bodies";
import { enterRoom, peopleOf, requestSeat, run } from "@/tests/sandbox-people";
import type { RunningSandbox } from "./types";

/** The seat commands (docs/trtc-api.md §2.13–2.16) over HTTP: 0-based seats, their codes and effects. */

let sb: RunningSandbox;
beforeAll(async () => {
  sb = await startSandbox({ apps: [APP], port: 0 });
});
afterAll(() => sb.close());

const ROOM = "stage";
const call = (command: string, body: Record<string, unknown>) =>
  run(sb.url, command, { RoomId: ROOM, ...body });
const pick = (account: string, Index: number) =>
  call("pick_user_on_seat", { Index, Member_Account: account });
const seats = async () => (await peopleOf(sb.url, ROOM)).seats.map((s) => s.Member_Account);

beforeEach(async () => {
  sb.reset();
  await trtcCall(
    sb.url,
    "create_room",
    roomBody(ROOM, { IsSeatEnabled: true, MaxSeatCount: 4, TakeSeatMode: "FreeToTake" }),
  );
  for (const a of ["a", "b", "c", "d", "e"]) await enterRoom(sb.url, ROOM, { Member_Account: a });
});

describe("get_seat_list and pick_user_on_seat", () => {
  it("lists MaxSeatCount seats from 0, and puts a member on a seat", async () => {
    expect((await pick("a", 3)).code).toBe(0);
    const list = (await call("get_seat_list", {})).response.SeatList as {
      Index: number;
      Member_Account: string;
    }[];
    expect(list.map((s) => s.Index)).toEqual([0, 1, 2, 3]);
    expect(list[3]).toEqual({
      Index: 3,
      Member_Account: "a",
      IsTakenDisabled: false,
      IsVideoDisabled: false,
      IsAudioDisabled: false,
    });
    expect((await pick("b", 4)).code).toBe(100002);
  });

  it("100005 not a member, 100203 already seated, 100210 seat taken, 100200 locked, 100205 full", async () => {
    expect((await pick("ghost", 0)).code).toBe(100005);
    expect((await pick("a", 0)).code).toBe(0);
    expect((await pick("a", 1)).code).toBe(100203);
    expect((await pick("b", 0)).code).toBe(100210);
    expect((await call("lock_seat", { Index: 1, ForbidTaken: true })).code).toBe(0);
    expect((await pick("b", 1)).code).toBe(100200);
    expect((await pick("b", 2)).code).toBe(0);
    expect((await pick("c", 3)).code).toBe(0);
    // Seat 1 is locked and the others are taken: nothing is left.
    expect((await call("lock_seat", { Index: 1, ForbidTaken: false })).code).toBe(0);
    expect((await pick("d", 1)).code).toBe(0);
    expect((await pick("e", 0)).code).toBe(100205);
  });

  it("100202 for someone applying in an ApplyToTake room", async () => {
    await trtcCall(sb.url, "update_room_info", { RoomInfo: { RoomId: ROOM, TakeSeatMode: "ApplyToTake" } });
    expect((await requestSeat(sb.url, ROOM, "a")).status).toBe(202);
    expect((await pick("a", 0)).code).toBe(100202);
  });

  it("100211 when the room has no seats, 100004 when there is no room", async () => {
    await trtcCall(sb.url, "create_room", roomBody("flat", { IsSeatEnabled: false }));
    await enterRoom(sb.url, "flat", { Member_Account: "a" });
    const flat = (c: string, b: object) => run(sb.url, c, { RoomId: "flat", ...b });
    expect((await flat("pick_user_on_seat", { Index: 0, Member_Account: "a" })).code).toBe(100211);
    expect((await flat("lock_seat", { Index: 0, ForbidTaken: true })).code).toBe(100211);
    expect((await flat("get_seat_list", {})).response.SeatList).toEqual([]);
    expect((await run(sb.url, "get_seat_list", { RoomId: "nowhere" })).code).toBe(100004);
  });
});

describe("kick_user_off_seat and lock_seat", () => {
  it("takes a member off their seat", async () => {
    await requestSeat(sb.url, ROOM, "a");
    expect(await seats()).toEqual(["a", "", "", ""]);
    expect((await call("kick_user_off_seat", { Member_Account: "a", Data: "" })).code).toBe(0);
    expect(await seats()).toEqual(["", "", "", ""]);
  });

  it("locking an occupied seat frees it; the other flags leave the occupant", async () => {
    await pick("a", 2);
    await pick("b", 1);
    expect((await call("lock_seat", { Index: 1, ForbidAudio: true, ForbidVideo: true })).code).toBe(0);
    expect(await seats()).toEqual(["", "b", "a", ""]);
    expect((await call("lock_seat", { Index: 2, ForbidTaken: true })).code).toBe(0);
    expect(await seats()).toEqual(["", "b", "", ""]);
    const list = (await call("get_seat_list", {})).response.SeatList as Record<string, unknown>[];
    expect(list[1]).toMatchObject({ IsAudioDisabled: true, IsVideoDisabled: true, IsTakenDisabled: false });
    expect(list[2]).toMatchObject({ IsTakenDisabled: true, Member_Account: "" });
  });

  it("a member removed from the room leaves their seat", async () => {
    await pick("a", 0);
    await call("kick_user_out", { MemberList_Account: ["a"], Reason: "r" });
    expect(await seats()).toEqual(["", "", "", ""]);
  });
});
