import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startSandbox } from "./server";
import { APP } from "@/tests/trtc-test-app";
import { roomBody } from "@/tests/room-bodies";
import { trtcCall } from "@/tests/sandbox-calls";
import type { RunningSandbox } from "./types";

let sb: RunningSandbox;
beforeAll(async () => {
  sb = await startSandbox({ apps: [APP], port: 0 });
});
afterAll(() => sb.close());

const START = 1_900_000_000;
const bytes = (n: number) => "x".repeat(n);
const invitees = (n: number) => Array.from({ length: n }, (_, i) => `user-${i}`);
let seq = 0;

/** [case, RoomInfo overrides, top-level overrides, null = accepted | the wire path ErrorInfo must start with] */
type Case = [string, Record<string, unknown>, Record<string, unknown>, string | null];
const info = (name: string, i: Record<string, unknown>, field: string | null): Case => [name, i, {}, field];

const CASES: Case[] = [
  info("RoomId of 48 ASCII bytes", { RoomId: bytes(48) }, null),
  info("RoomId of 16 × 日 = 48 bytes", { RoomId: "日".repeat(16) }, null),
  info("RoomId of 17 × 日 = 51 bytes", { RoomId: "日".repeat(17) }, "RoomInfo.RoomId"),
  info("RoomId of 49 bytes", { RoomId: bytes(49) }, "RoomInfo.RoomId"),
  info("RoomId missing", { RoomId: undefined }, "RoomInfo.RoomId"),
  info("RoomId empty", { RoomId: "" }, "RoomInfo.RoomId"),
  info("RoomId a number", { RoomId: 12345 }, "RoomInfo.RoomId"),
  info("RoomType missing", { RoomType: undefined }, "RoomInfo.RoomType"),
  info("RoomType not Conference", { RoomType: "Live" }, "RoomInfo.RoomType"),
  info("RoomName of 100 bytes", { RoomName: "日".repeat(33) + "x" }, null),
  info("RoomName of 101 bytes", { RoomName: "日".repeat(33) + "xx" }, "RoomInfo.RoomName"),
  info("RoomName a number", { RoomName: 7 }, "RoomInfo.RoomName"),
  info("Owner_Account of 32 bytes", { Owner_Account: bytes(32) }, null),
  info("Owner_Account of 33 bytes", { Owner_Account: bytes(33) }, "RoomInfo.Owner_Account"),
  info("MaxMemberCount 1", { MaxMemberCount: 1 }, null),
  info("MaxMemberCount 300 (package)", { MaxMemberCount: 300 }, null),
  info("MaxMemberCount 301", { MaxMemberCount: 301 }, "RoomInfo.MaxMemberCount"),
  info("MaxMemberCount 0", { MaxMemberCount: 0 }, "RoomInfo.MaxMemberCount"),
  info("MaxMemberCount 2.5", { MaxMemberCount: 2.5 }, "RoomInfo.MaxMemberCount"),
  info("MaxMemberCount as a string", { MaxMemberCount: "10" }, "RoomInfo.MaxMemberCount"),
  info("duration 300 s", { ScheduleStartTime: START, ScheduleEndTime: START + 300 }, null),
  info(
    "duration 299 s",
    { ScheduleStartTime: START, ScheduleEndTime: START + 299 },
    "RoomInfo.ScheduleEndTime",
  ),
  info("duration 86400 s", { ScheduleStartTime: START, ScheduleEndTime: START + 86400 }, null),
  info(
    "duration 86401 s",
    { ScheduleStartTime: START, ScheduleEndTime: START + 86401 },
    "RoomInfo.ScheduleEndTime",
  ),
  info(
    "end before start",
    { ScheduleStartTime: START, ScheduleEndTime: START - 600 },
    "RoomInfo.ScheduleEndTime",
  ),
  info("start only (end = +3600)", { ScheduleStartTime: START }, null),
  info("start as a string", { ScheduleStartTime: String(START) }, "RoomInfo.ScheduleStartTime"),
  info("start as a float", { ScheduleStartTime: START + 0.5 }, "RoomInfo.ScheduleStartTime"),
  info("start in milliseconds", { ScheduleStartTime: START * 1000 }, "RoomInfo.ScheduleStartTime"),
  info("end of exactly 1e11", { ScheduleStartTime: 1e11 - 600, ScheduleEndTime: 1e11 }, null),
  info(
    "end in milliseconds",
    { ScheduleStartTime: START, ScheduleEndTime: (START + 600) * 1000 },
    "RoomInfo.ScheduleEndTime",
  ),
  info("CustomInfo of 500 bytes", { CustomInfo: bytes(500) }, null),
  info("CustomInfo of 501 bytes", { CustomInfo: bytes(501) }, "RoomInfo.CustomInfo"),
  info("MaxSeatCount 20 (package)", { MaxSeatCount: 20 }, null),
  info("MaxSeatCount 21", { MaxSeatCount: 21 }, "RoomInfo.MaxSeatCount"),
  info("MaxSeatCount 0", { MaxSeatCount: 0 }, "RoomInfo.MaxSeatCount"),
  info("TakeSeatMode ApplyToTake", { TakeSeatMode: "ApplyToTake" }, null),
  info("TakeSeatMode Foo", { TakeSeatMode: "Foo" }, "RoomInfo.TakeSeatMode"),
  info("unknown field RoomID", { RoomID: "typo" }, "RoomInfo.RoomID"),
  info(
    "invitees inside RoomInfo",
    { ScheduleInviteeList_Account: ["a"] },
    "RoomInfo.ScheduleInviteeList_Account",
  ),
  ...[
    "IsVideoDisabled",
    "IsAudioDisabled",
    "IsMessageDisabled",
    "IsScreenSharingDisabled",
    "IsCloudRecordingDisabled",
    "IsSeatEnabled",
  ].flatMap((k) => [
    info(`${k} true`, { [k]: true }, null),
    info(`${k} "true"`, { [k]: "true" }, `RoomInfo.${k}`),
  ]),
  ["300 invitees", {}, { ScheduleInviteeList_Account: invitees(300) }, null],
  ["301 invitees", {}, { ScheduleInviteeList_Account: invitees(301) }, "ScheduleInviteeList_Account"],
  ["invitee of 32 bytes", {}, { ScheduleInviteeList_Account: [bytes(32)] }, null],
  [
    "invitee of 33 bytes",
    {},
    { ScheduleInviteeList_Account: ["ok", bytes(33)] },
    "ScheduleInviteeList_Account[1]",
  ],
  ["empty invitee", {}, { ScheduleInviteeList_Account: [""] }, "ScheduleInviteeList_Account[0]"],
  ["invitee a number", {}, { ScheduleInviteeList_Account: [42] }, "ScheduleInviteeList_Account[0]"],
  ["invitees not an array", {}, { ScheduleInviteeList_Account: "a,b" }, "ScheduleInviteeList_Account"],
  ["unknown top-level field", {}, { Invitees: [] }, "Invitees"],
  ["RoomInfo missing", {}, { RoomInfo: undefined }, "RoomInfo"],
  ["RoomInfo an array", {}, { RoomInfo: [] }, "RoomInfo"],
];

describe("create_room rules", () => {
  it.each(CASES)("%s", async (_name, infoOverrides, top, field) => {
    const body = roomBody(`rule-${++seq}`, infoOverrides, top);
    const { json } = await trtcCall(sb.url, "create_room", body);
    if (field === null) {
      expect(json).toMatchObject({ ActionStatus: "OK", ErrorCode: 0 });
    } else {
      expect(json.ErrorCode).toBe(100002);
      expect(json.ErrorInfo.startsWith(`${field}: `)).toBe(true);
    }
  });

  it("takes the package limits from the options", async () => {
    const small = await startSandbox({ apps: [APP], port: 0, packageMaxMembers: 50, packageMaxSeats: 4 });
    try {
      const create = (id: string, i: Record<string, unknown>) =>
        trtcCall(small.url, "create_room", roomBody(id, i)).then((r) => r.json);
      expect((await create("m50", { MaxMemberCount: 50, MaxSeatCount: 4 })).ErrorCode).toBe(0);
      expect((await create("m51", { MaxMemberCount: 51 })).ErrorInfo).toMatch(/^RoomInfo\.MaxMemberCount: /);
      expect((await create("s5", { MaxSeatCount: 5 })).ErrorInfo).toMatch(/^RoomInfo\.MaxSeatCount: /);
      const got = await trtcCall(small.url, "get_room_info", { RoomId: "m50" });
      expect(got.json.Response).toMatchObject({ RoomInfo: { MaxMemberCount: 50, MaxSeatCount: 4 } });
    } finally {
      await small.close();
    }
  });

  it("stores nothing when a rule fails", async () => {
    await trtcCall(sb.url, "create_room", roomBody("never-stored", { MaxSeatCount: 99 }));
    expect(sb.rooms().some((r) => r.RoomId === "never-stored")).toBe(false);
  });
});
