import { describe, expect, it } from "vitest";
import type { SandboxCall } from "@/lib/sandbox/types";
import {
  duplicateMeetings,
  meetingTag,
  soakCounts,
  tagOfRoomName,
  type SoakFacts,
} from "@/scripts/lib/soak-counts";

let random = 1000;
function call(
  command: string,
  roomId: string,
  tag: string | null,
  answer: Pick<SandboxCall, "errorCode" | "fault">,
): SandboxCall {
  const body =
    command === "create_room"
      ? { RoomInfo: { RoomId: roomId, RoomName: tag ? `Soak ${tag}` : "Other", RoomType: "Conference" } }
      : { RoomId: roomId };
  return {
    at: 0,
    command,
    sdkAppId: "1400000001",
    identifier: "administrator",
    random: String(random++),
    body,
    requestId: answer.errorCode === null ? null : `Id-${random}`,
    ...answer,
  };
}
const ok = { errorCode: 0, fault: null };
const dropped = { errorCode: 0, fault: "createThenDrop" };
const badGateway = { errorCode: null, fault: "http502" };
const taken = { errorCode: 100003, fault: null };

const m1 = meetingTag("r1", 1);
const m2 = meetingTag("r1", 2);

describe("duplicates, from the sandbox's create log", () => {
  it("finds a meeting the operator scheduled twice after a wrong 'not scheduled'", () => {
    const log = [
      // Created, but the answer was dropped; the check and the retry then misled the operator…
      call("create_room", "soak-1-a", m1, dropped),
      call("get_room_info", "soak-1-a", null, badGateway),
      call("create_room", "soak-1-a", m1, taken),
      // …who scheduled the same meeting again under a new RoomId.
      call("create_room", "soak-1-b", m1, ok),
      call("create_room", "soak-2-a", m2, ok),
    ];
    expect(duplicateMeetings(log)).toEqual([m1]);
  });

  it("finds none in a clean log, whatever the retries and refusals", () => {
    const log = [
      call("create_room", "soak-1-a", m1, badGateway),
      call("create_room", "soak-1-a", m1, dropped),
      call("create_room", "soak-1-a", m1, taken),
      call("get_room_info", "soak-1-a", null, ok),
      // Refused outright, so the operator's new RoomId is the meeting's only room.
      call("create_room", "soak-2-a", m2, taken),
      call("create_room", "soak-2-b", m2, ok),
    ];
    expect(duplicateMeetings(log)).toEqual([]);
  });

  it("reads the tag from the RoomName and nowhere else", () => {
    expect(tagOfRoomName(`Soak ${m1}`)).toBe(m1);
    expect(tagOfRoomName("Weekly sync")).toBeNull();
    expect(tagOfRoomName(undefined)).toBeNull();
  });
});

describe("the crash soak's counts", () => {
  const base = (): SoakFacts => {
    const calls = [call("create_room", "r1", m1, ok), call("create_room", "r2", m2, dropped)];
    return {
      rooms: [{ RoomId: "r1" }, { RoomId: "r2" }],
      calls,
      meetingRoomIds: new Set(["r1", "r2"]),
      intents: [
        { intent_id: "i1", room_id: "r1", status: "created" },
        { intent_id: "i2", room_id: "r2", status: "created" },
      ],
      auditedRandoms: new Set(calls.map((c) => c.random!)),
      auditedAttempts: calls.length,
    };
  };

  it("are all zero for a consistent run", () => {
    expect(soakCounts(base())).toMatchObject({
      intents: 2,
      created: 2,
      failed: 0,
      lost: 0,
      orphans: 0,
      unaudited: 0,
      duplicates: 0,
    });
  });

  it("do not count a failed intent whose RoomId a later intent created (the operator pressed Schedule again)", () => {
    const f = base();
    const counts = soakCounts({
      ...f,
      intents: [
        { intent_id: "i1", room_id: "r1", status: "failed" },
        { intent_id: "i2", room_id: "r1", status: "created" },
        { intent_id: "i3", room_id: "r2", status: "created" },
      ],
    });
    expect(counts).toMatchObject({ intents: 3, created: 2, failed: 1, lost: 0 });
  });

  it("count an intent said failed whose room exists, one still pending, and one created without a meeting row", () => {
    const f = base();
    const counts = soakCounts({
      ...f,
      meetingRoomIds: new Set(["r1"]),
      intents: [
        { intent_id: "i1", room_id: "r1", status: "created" },
        { intent_id: "i2", room_id: "r2", status: "failed" },
        { intent_id: "i3", room_id: "r3", status: "pending" },
        { intent_id: "i4", room_id: "r4", status: "created" },
      ],
    });
    expect(counts).toMatchObject({ intents: 4, created: 2, failed: 1, lost: 3, orphans: 1 });
    expect([...counts.lostWhy]).toEqual([
      ["i2", "said failed, but the room exists"],
      ["i3", "no final outcome (pending)"],
      ["i4", "said created, no room on the sandbox"],
    ]);
    // r2 exists on the sandbox but not in the meetings table: the orphan.
  });

  it("count a created intent whose meeting row is missing, and its room as an orphan", () => {
    const counts = soakCounts({ ...base(), meetingRoomIds: new Set(["r1"]) });
    expect(counts).toMatchObject({ lost: 1, orphans: 1 });
    expect([...counts.lostWhy]).toEqual([["i2", "said created, no meeting row"]]);
  });

  it("count a call the sandbox received that has no audit row with its random", () => {
    const f = base();
    const counts = soakCounts({ ...f, auditedRandoms: new Set([f.calls[0]!.random!]) });
    expect(counts).toMatchObject({ unaudited: 1, unauditedByCount: false });
  });

  it("fall back to comparing counts when the audit log cannot link rows to calls", () => {
    const counts = soakCounts({ ...base(), auditedRandoms: null, auditedAttempts: 1 });
    expect(counts).toMatchObject({ unaudited: 1, unauditedByCount: true });
  });
});
