import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { startSandbox } from "./server";
import { APP } from "@/tests/trtc-test-app";
import { manualClock, trtcCall } from "@/tests/sandbox-calls";
import { roomBody } from "@/tests/room-bodies";
import { enterRoom, leaveRoom, peopleOf, run } from "@/tests/sandbox-people";
import type { RunningSandbox } from "./types";

/** The member commands (docs/trtc-api.md §2.5–2.12) over HTTP: limits, codes and effects. */

const clock = manualClock();
let sb: RunningSandbox;
beforeAll(async () => {
  sb = await startSandbox({ apps: [APP], port: 0, now: clock.now });
});
afterAll(() => sb.close());

const ROOM = "town-hall";
const accounts = (n: number, prefix = "u") => Array.from({ length: n }, (_, i) => `${prefix}${i + 1}`);
const call = (command: string, body: Record<string, unknown>) =>
  run(sb.url, command, { RoomId: ROOM, ...body });

async function fill(n: number, prefix = "u") {
  for (const a of accounts(n, prefix)) {
    expect((await enterRoom(sb.url, ROOM, { Member_Account: a, NameCard: a.toUpperCase() })).status).toBe(
      201,
    );
  }
}

beforeEach(async () => {
  sb.reset();
  await trtcCall(sb.url, "create_room", roomBody(ROOM, { Owner_Account: "olivia", MaxMemberCount: 300 }));
});

describe("simulated clients", () => {
  it("enter with a role and name card, and leave; get_room_info counts them", async () => {
    await enterRoom(sb.url, ROOM, { Member_Account: "olivia" });
    await enterRoom(sb.url, ROOM, { Member_Account: "ann", NameCard: "Ann", Role: "Admin" });
    await enterRoom(sb.url, ROOM, { Member_Account: "bob" });
    const list = (await call("get_room_member_list", {})).response;
    expect(list).toEqual({
      Next: "",
      MemberList: [
        { Member_Account: "olivia", NameCard: "", Role: "RoomOwner", Marks: [], CustomInfo: "" },
        { Member_Account: "ann", NameCard: "Ann", Role: "Admin", Marks: [], CustomInfo: "" },
        { Member_Account: "bob", NameCard: "", Role: "Member", Marks: [], CustomInfo: "" },
      ],
    });
    expect(((await call("get_room_info", {})).response.RoomInfo as { MemberCount: number }).MemberCount).toBe(
      3,
    );
    expect((await leaveRoom(sb.url, ROOM, "bob")).status).toBe(200);
    expect(((await call("get_room_info", {})).response.RoomInfo as { MemberCount: number }).MemberCount).toBe(
      2,
    );
  });

  it("refuses a name card past 32 bytes, and an unknown room", async () => {
    expect((await enterRoom(sb.url, ROOM, { Member_Account: "a", NameCard: "x".repeat(32) })).status).toBe(
      201,
    );
    expect((await enterRoom(sb.url, ROOM, { Member_Account: "b", NameCard: "x".repeat(33) })).status).toBe(
      400,
    );
    expect((await enterRoom(sb.url, "nowhere", { Member_Account: "a" })).status).toBe(404);
  });
});

describe("get_room_member_list pages with Count and Next", () => {
  it("pages through 120 members, 50 at a time by default", async () => {
    await fill(120);
    const seen: string[] = [];
    let next = "";
    let pages = 0;
    do {
      const r = (await call("get_room_member_list", { Next: next })).response as {
        Next: string;
        MemberList: { Member_Account: string }[];
      };
      seen.push(...r.MemberList.map((m) => m.Member_Account));
      next = r.Next;
      pages++;
    } while (next !== "");
    expect(pages).toBe(3);
    expect(seen).toEqual(accounts(120));
    const small = await call("get_room_member_list", { Count: 7 });
    expect((small.response.MemberList as unknown[]).length).toBe(7);
    expect(small.response.Next).toBe("7");
  });

  it("answers 100004 for an unknown room", async () => {
    expect((await run(sb.url, "get_room_member_list", { RoomId: "nowhere" })).code).toBe(100004);
  });
});

describe("kick_user_out", () => {
  it("removes up to 20 at once; 21 are refused; a reason of 1000 bytes passes, 1001 is refused", async () => {
    await fill(21);
    expect((await call("kick_user_out", { MemberList_Account: accounts(21), Reason: "r" })).code).toBe(
      100002,
    );
    expect((await call("kick_user_out", { MemberList_Account: ["u1"], Reason: "x".repeat(1001) })).code).toBe(
      100002,
    );
    const ok = await call("kick_user_out", { MemberList_Account: accounts(20), Reason: "x".repeat(1000) });
    expect(ok.code).toBe(0);
    expect((await peopleOf(sb.url, ROOM)).members.map((m) => m.Member_Account)).toEqual(["u21"]);
  });

  it("100005 for someone not in the room, 100006 for the owner, and nobody is removed", async () => {
    await fill(2);
    await enterRoom(sb.url, ROOM, { Member_Account: "olivia" });
    expect((await call("kick_user_out", { MemberList_Account: ["u1", "ghost"], Reason: "r" })).code).toBe(
      100005,
    );
    expect((await call("kick_user_out", { MemberList_Account: ["u1", "olivia"], Reason: "r" })).code).toBe(
      100006,
    );
    expect((await peopleOf(sb.url, ROOM)).members).toHaveLength(3);
  });
});

describe("ban_room_member, unban_room_member and get_banned_member_list", () => {
  it("a ban removes and keeps out until it expires", async () => {
    await fill(2);
    const r = await call("ban_room_member", { MemberList_Account: ["u1"], Reason: "spam", Duration: 600 });
    expect(r.code).toBe(0);
    expect((await peopleOf(sb.url, ROOM)).members.map((m) => m.Member_Account)).toEqual(["u2"]);
    const until = clock.seconds() + 600;
    expect((await enterRoom(sb.url, ROOM, { Member_Account: "u1" })).json).toEqual({
      error: "banned from this room",
      bannedUntil: until,
    });
    expect((await call("get_banned_member_list", {})).response).toEqual({
      BannedAccountList: [{ Member_Account: "u1", BannedUntil: until }],
      NextOffset: 0,
    });
    clock.advance(599_000);
    expect((await enterRoom(sb.url, ROOM, { Member_Account: "u1" })).status).toBe(403);
    clock.advance(1_000);
    expect((await enterRoom(sb.url, ROOM, { Member_Account: "u1" })).status).toBe(201);
    expect((await call("get_banned_member_list", {})).response.BannedAccountList).toEqual([]);
  });

  it("bans and unbans at most 20 per call; 21 are refused", async () => {
    const body = { Reason: "r", Duration: 60 };
    expect((await call("ban_room_member", { ...body, MemberList_Account: accounts(21) })).code).toBe(100002);
    expect(
      (await call("ban_room_member", { ...body, Reason: "x".repeat(1001), MemberList_Account: ["u1"] })).code,
    ).toBe(100002);
    expect(
      (await call("ban_room_member", { ...body, MemberList_Account: accounts(21).slice(0, 20) })).code,
    ).toBe(0);
    expect((await call("ban_room_member", { ...body, MemberList_Account: ["u21"] })).code).toBe(0);
    expect((await call("unban_room_member", { MemberList_Account: accounts(21) })).code).toBe(100002);
    expect((await call("unban_room_member", { MemberList_Account: accounts(20) })).code).toBe(0);
    expect((await call("get_banned_member_list", {})).response.BannedAccountList).toEqual([
      { Member_Account: "u21", BannedUntil: clock.seconds() + 60 },
    ]);
  });

  it("unban of someone not banned is 100005; a ban of the owner is 100006", async () => {
    expect((await call("unban_room_member", { MemberList_Account: ["nobody"] })).code).toBe(100005);
    expect(
      (await call("ban_room_member", { MemberList_Account: ["olivia"], Reason: "r", Duration: 60 })).code,
    ).toBe(100006);
  });

  it("pages the banned list with Limit (at most 100) and Offset", async () => {
    for (let i = 0; i < 6; i++) {
      await call("ban_room_member", {
        MemberList_Account: accounts(20, `b${i}-`),
        Reason: "r",
        Duration: 60,
      });
    }
    expect((await call("get_banned_member_list", { Limit: 101 })).code).toBe(100002);
    const first = await call("get_banned_member_list", { Limit: 100 });
    expect((first.response.BannedAccountList as unknown[]).length).toBe(100);
    expect(first.response.NextOffset).toBe(100);
    const rest = await call("get_banned_member_list", { Limit: 100, Offset: 100 });
    expect((rest.response.BannedAccountList as unknown[]).length).toBe(20);
    expect(rest.response.NextOffset).toBe(0);
  });
});

describe("update_room_member_info", () => {
  it("sets name card (≤ 32 bytes), role and CustomInfo (≤ 60 bytes)", async () => {
    await fill(1);
    const info = (extra: object) =>
      call("update_room_member_info", { MemberInfo: { Member_Account: "u1", ...extra } });
    expect((await info({ NameCard: "n".repeat(32), Role: "Admin", CustomInfo: "c".repeat(60) })).code).toBe(
      0,
    );
    expect((await info({ NameCard: "n".repeat(33) })).code).toBe(100002);
    expect((await info({ CustomInfo: "c".repeat(61) })).code).toBe(100002);
    expect((await peopleOf(sb.url, ROOM)).members[0]).toMatchObject({
      NameCard: "n".repeat(32),
      Role: "Admin",
    });
  });

  it("100005 for a stranger, 100006 for the owner's role", async () => {
    await enterRoom(sb.url, ROOM, { Member_Account: "olivia" });
    const stranger = await call("update_room_member_info", {
      MemberInfo: { Member_Account: "x", NameCard: "X" },
    });
    expect(stranger.code).toBe(100005);
    const owner = await call("update_room_member_info", {
      MemberInfo: { Member_Account: "olivia", Role: "Member" },
    });
    expect(owner.code).toBe(100006);
  });
});

describe("change_room_owner", () => {
  it("hands the room to a member; the new owner must be in the room", async () => {
    await enterRoom(sb.url, ROOM, { Member_Account: "olivia" });
    await fill(1);
    const to = (from: string, next: string) =>
      call("change_room_owner", { From_Account: from, NewOwner_Account: next });
    expect((await to("olivia", "ghost")).code).toBe(100005);
    expect((await to("u1", "olivia")).code).toBe(100006);
    expect((await to("olivia", "u1")).code).toBe(0);
    expect(
      ((await call("get_room_info", {})).response.RoomInfo as { Owner_Account: string }).Owner_Account,
    ).toBe("u1");
    expect((await peopleOf(sb.url, ROOM)).members.map((m) => m.Role)).toEqual(["Member", "RoomOwner"]);
  });
});

describe("mark_room_member", () => {
  const mark = (list: { Member_Account: string; Marks: number[] }[], type: 1 | 2 | "1" = 1) =>
    call("mark_room_member", { CommandType: type, MemberList: list });

  it("10 accounts pass, 11 are refused; marks are ≥ 1000; at most 3 marks per call", async () => {
    await fill(11);
    expect((await mark(accounts(10).map((a) => ({ Member_Account: a, Marks: [1000] })))).code).toBe(0);
    expect((await mark(accounts(11).map((a) => ({ Member_Account: a, Marks: [1000] })))).code).toBe(100002);
    expect((await mark([{ Member_Account: "u1", Marks: [999] }])).code).toBe(100002);
    expect((await mark([{ Member_Account: "u1", Marks: [1001, 1002, 1003] }], "1")).code).toBe(0);
    expect(
      (
        await mark([
          { Member_Account: "u1", Marks: [1004, 1005] },
          { Member_Account: "u2", Marks: [1006, 1007] },
        ])
      ).code,
    ).toBe(100002);
    expect((await peopleOf(sb.url, ROOM)).members[0]?.Marks).toEqual([1000, 1001, 1002, 1003]);
    expect((await mark([{ Member_Account: "u1", Marks: [1000, 1002] }], 2)).code).toBe(0);
    expect((await peopleOf(sb.url, ROOM)).members[0]?.Marks).toEqual([1001, 1003]);
  });

  it("at most 10 distinct marks in a room; a stranger is 100005", async () => {
    await fill(4);
    for (let i = 0; i < 3; i++) {
      const marks = [1000 + 3 * i, 1001 + 3 * i, 1002 + 3 * i];
      expect((await mark([{ Member_Account: `u${i + 1}`, Marks: marks }])).code).toBe(0);
    }
    expect((await mark([{ Member_Account: "u4", Marks: [1009] }])).code).toBe(0); // the 10th
    const eleventh = await mark([{ Member_Account: "u4", Marks: [1010] }]);
    expect(eleventh.code).toBe(100002);
    expect(eleventh.info).toContain("10 distinct marks");
    expect((await mark([{ Member_Account: "ghost", Marks: [1000] }])).code).toBe(100005);
  });
});
