import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { startSandbox } from "./server";
import { ADMIN, APP, REQUEST_ID } from "@/tests/trtc-test-app";
import { manualClock, trtcCall } from "@/tests/sandbox-calls";
import { roomBody } from "@/tests/room-bodies";
import type { RunningSandbox } from "./types";

const clock = manualClock();
let sb: RunningSandbox;
beforeAll(async () => {
  sb = await startSandbox({ apps: [APP], port: 0, now: clock.now });
});
afterAll(() => sb.close());
beforeEach(() => sb.reset());

const call = (command: string, body: unknown) => trtcCall(sb.url, command, body).then((r) => r.json);
const info = async (roomId: string) =>
  ((await call("get_room_info", { RoomId: roomId })).Response as { RoomInfo: Record<string, unknown> })
    .RoomInfo;

describe("room lifecycle", () => {
  it("create → get → update → destroy → get, every field as stored", async () => {
    const start = clock.seconds() + 600;
    const created = await call(
      "create_room",
      roomBody(
        "weekly-sync",
        {
          RoomName: "Weekly sync",
          Owner_Account: "alice",
          MaxMemberCount: 120,
          ScheduleStartTime: start,
          ScheduleEndTime: start + 1800,
          IsAudioDisabled: true,
          CustomInfo: '{"team":"ops"}',
          IsSeatEnabled: true,
          MaxSeatCount: 12,
          TakeSeatMode: "ApplyToTake",
        },
        { ScheduleInviteeList_Account: ["bob", "carol", "bob"] },
      ),
    );
    expect(created).toMatchObject({ ActionStatus: "OK", ErrorCode: 0 });

    expect(await info("weekly-sync")).toEqual({
      RoomId: "weekly-sync",
      RoomName: "Weekly sync",
      RoomType: "Conference",
      Owner_Account: "alice",
      MaxMemberCount: 120,
      MaxSeatCount: 12,
      IsVideoDisabled: false,
      IsAudioDisabled: true,
      IsMessageDisabled: false,
      IsScreenSharingDisabled: false,
      IsCloudRecordingDisabled: false,
      CustomInfo: '{"team":"ops"}',
      ScheduleStartTime: start,
      ScheduleEndTime: start + 1800,
      RoomStatus: "NotStarted",
      IsSeatEnabled: true,
      TakeSeatMode: "ApplyToTake",
      CreateTime: clock.seconds(),
      MemberCount: 0,
    });
    expect(sb.rooms()[0]?.ScheduleInviteeList_Account).toEqual(["bob", "carol"]);

    const patch = {
      RoomName: "Renamed",
      MaxMemberCount: 10,
      IsVideoDisabled: true,
      CustomInfo: "",
      TakeSeatMode: "FreeToTake",
    };
    expect(
      (await call("update_room_info", { RoomInfo: { RoomId: "weekly-sync", ...patch } })).ErrorCode,
    ).toBe(0);
    expect(await info("weekly-sync")).toMatchObject({
      ...patch,
      IsAudioDisabled: true,
      Owner_Account: "alice",
    });

    const destroyed = await call("destroy_room", { RoomId: "weekly-sync" });
    expect(destroyed).toMatchObject({ ActionStatus: "OK", ErrorCode: 0 });
    expect(destroyed.RequestId).toMatch(REQUEST_ID);
    const gone = await call("get_room_info", { RoomId: "weekly-sync" });
    expect(gone).toMatchObject({ ActionStatus: "FAIL", ErrorCode: 100004 });
    expect(gone.RequestId).toMatch(REQUEST_ID);
  });

  it("fills the documented defaults", async () => {
    await call("create_room", roomBody("bare"));
    expect(await info("bare")).toEqual({
      RoomId: "bare",
      RoomName: "bare",
      RoomType: "Conference",
      Owner_Account: ADMIN,
      MaxMemberCount: 300,
      MaxSeatCount: 20,
      IsVideoDisabled: false,
      IsAudioDisabled: false,
      IsMessageDisabled: false,
      IsScreenSharingDisabled: false,
      IsCloudRecordingDisabled: false,
      CustomInfo: "",
      ScheduleStartTime: clock.seconds(),
      ScheduleEndTime: clock.seconds() + 3600,
      RoomStatus: "Running",
      IsSeatEnabled: false,
      TakeSeatMode: "FreeToTake",
      CreateTime: clock.seconds(),
      MemberCount: 0,
    });
  });

  it("derives RoomStatus from the schedule and the clock", async () => {
    const start = clock.seconds() + 60;
    await call("create_room", roomBody("timed", { ScheduleStartTime: start, ScheduleEndTime: start + 300 }));
    expect((await info("timed")).RoomStatus).toBe("NotStarted");
    clock.advance(60_000);
    expect((await info("timed")).RoomStatus).toBe("Running");
    clock.advance(300_000);
    expect((await info("timed")).RoomStatus).toBe("Ended");
    expect(sb.rooms()[0]?.RoomStatus).toBe("Ended");
  });

  it("answers 100012 for the same RoomId within 1 s, then 100010 to the admin who owns the room", async () => {
    expect((await call("create_room", roomBody("dup"))).ErrorCode).toBe(0);
    clock.advance(999);
    expect(await call("create_room", roomBody("dup"))).toMatchObject({
      ActionStatus: "FAIL",
      ErrorCode: 100012,
    });
    clock.advance(2);
    const again = await call("create_room", roomBody("dup"));
    expect(again).toMatchObject({ ErrorCode: 100010, ErrorInfo: expect.stringMatching(/owner/) });
    expect(sb.rooms()).toHaveLength(1);
  });

  it("answers 100003 when the taken RoomId belongs to a room someone else owns", async () => {
    expect((await call("create_room", roomBody("alices", { Owner_Account: "alice" }))).ErrorCode).toBe(0);
    clock.advance(1500);
    const again = await call("create_room", roomBody("alices"));
    expect(again).toMatchObject({ ErrorCode: 100003, ErrorInfo: "room ID already exists" });
    expect(sb.rooms().find((r) => r.RoomId === "alices")?.Owner_Account).toBe("alice");
  });

  it("answers 100004 for get, update and destroy of an unknown room", async () => {
    expect((await call("get_room_info", { RoomId: "ghost" })).ErrorCode).toBe(100004);
    expect((await call("destroy_room", { RoomId: "ghost" })).ErrorCode).toBe(100004);
    const update = await call("update_room_info", { RoomInfo: { RoomId: "ghost", RoomName: "x" } });
    expect(update.ErrorCode).toBe(100004);
  });

  it("requires RoomId on get, update and destroy", async () => {
    for (const [command, body, field] of [
      ["get_room_info", {}, "RoomId"],
      ["destroy_room", { RoomId: 5 }, "RoomId"],
      ["get_room_info", { RoomId: "" }, "RoomId"],
      ["get_room_info", { RoomID: "typo" }, "RoomID"],
      ["update_room_info", { RoomInfo: { RoomName: "x" } }, "RoomInfo.RoomId"],
      ["update_room_info", { RoomId: "x" }, "RoomId"],
    ] as const) {
      const r = await call(command, body);
      expect({ command, code: r.ErrorCode, field: r.ErrorInfo.split(":")[0] }).toEqual({
        command,
        code: 100002,
        field,
      });
    }
  });

  it("refuses fields update_room_info cannot change, and checks the limits it can", async () => {
    await call("create_room", roomBody("fixed"));
    const refusals: [Record<string, unknown>, string][] = [
      [{ ScheduleStartTime: clock.seconds() }, "not updatable"],
      [{ ScheduleEndTime: clock.seconds() + 999 }, "not updatable"],
      [{ Owner_Account: "mallory" }, "not updatable"],
      [{ IsSeatEnabled: true }, "not updatable"],
      [{ MaxSeatCount: 2 }, "not updatable"],
      [{ RoomType: "Conference" }, "not updatable"],
      [{ RoomNmae: "typo" }, "unknown"],
      [{ CreateTime: 1 }, "not updatable"],
      [{ RoomName: "x".repeat(101) }, "limit"],
      [{ CustomInfo: "x".repeat(501) }, "limit"],
      [{ MaxMemberCount: 301 }, "limit"],
      [{ IsMessageDisabled: "true" }, "type"],
      [{ TakeSeatMode: "Foo" }, "type"],
    ];
    for (const [fields, why] of refusals) {
      const r = await call("update_room_info", { RoomInfo: { RoomId: "fixed", ...fields } });
      const field = `RoomInfo.${Object.keys(fields)[0]}`;
      expect({ why, code: r.ErrorCode, field: r.ErrorInfo.split(": ")[0] }).toEqual({
        why,
        code: 100002,
        field,
      });
      if (why === "not updatable") expect(r.ErrorInfo).toMatch(/is not updatable with update_room_info$/);
    }
    const ok = await call("update_room_info", {
      RoomInfo: { RoomId: "fixed", RoomName: "日".repeat(33) + "x", CustomInfo: "x".repeat(500) },
    });
    expect(ok.ErrorCode).toBe(0);
    expect(await info("fixed")).toMatchObject({
      Owner_Account: ADMIN,
      IsSeatEnabled: false,
      MaxSeatCount: 20,
    });
  });
});
