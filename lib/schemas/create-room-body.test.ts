import { describe, expect, it } from "vitest";
import { toCreateRoomBody, toUpdateRoomBody } from "./create-room-body";
import { makeUpdateMeetingSchema } from "./meeting";
import { schema, validInput, words } from "./test-utils";
import { SWITCH_KEYS, type SwitchKey } from "@/lib/trtc/room-fields";

const parsed = (input: ReturnType<typeof validInput>) => {
  const result = schema.safeParse(input);
  if (!result.success) throw new Error(JSON.stringify(result.error.issues));
  return result.data;
};

// Key order is pinned too (JSON text), so request logs and the sandbox see a stable body.
const exactly = (actual: unknown, expected: unknown) => {
  expect(actual).toStrictEqual(expected);
  expect(JSON.stringify(actual)).toBe(JSON.stringify(expected));
};

describe("toCreateRoomBody", () => {
  it("minimal input: only the room ID, the type and the schedule", () => {
    exactly(toCreateRoomBody(parsed(validInput())), {
      RoomInfo: {
        RoomId: "room-1",
        RoomType: "Conference",
        ScheduleStartTime: 1806217200, // 2027-03-28 09:00 CEST
        ScheduleEndTime: 1806220800,
      },
    });
  });

  it("fully set input", () => {
    const input = validInput({
      roomName: "Weekly sync 週次",
      roomId: "weekly-sync",
      owner: "alice",
      invitees: ["bob", "carol_2"],
      schedule: { date: "2027-03-28", time: "09:00", timeZone: "Europe/Berlin", durationMinutes: 90 },
      settings: Object.fromEntries(SWITCH_KEYS.map((k) => [k, true])) as Record<SwitchKey, boolean>,
      maxMemberCount: 50,
      seats: { enabled: true, maxSeatCount: 12, takeSeatMode: "FreeToTake" },
      customInfo: '{"team":"ops"}',
    });
    exactly(toCreateRoomBody(parsed(input)), {
      RoomInfo: {
        RoomId: "weekly-sync",
        RoomName: "Weekly sync 週次",
        RoomType: "Conference",
        Owner_Account: "alice",
        MaxMemberCount: 50,
        ScheduleStartTime: 1806217200,
        ScheduleEndTime: 1806222600,
        IsVideoDisabled: true,
        IsAudioDisabled: true,
        IsMessageDisabled: true,
        IsScreenSharingDisabled: true,
        IsCloudRecordingDisabled: true,
        CustomInfo: '{"team":"ops"}',
        IsSeatEnabled: true,
        MaxSeatCount: 12,
        TakeSeatMode: "FreeToTake",
      },
      ScheduleInviteeList_Account: ["bob", "carol_2"],
    });
  });

  it("sends only the switches that are on", () => {
    const input = validInput({ settings: { ...validInput().settings, audioDisabled: true } });
    const info = toCreateRoomBody(parsed(input)).RoomInfo;
    expect(info.IsAudioDisabled).toBe(true);
    expect(Object.keys(info).filter((k) => k.startsWith("Is"))).toEqual(["IsAudioDisabled"]);
  });

  it("refuses values that skipped the schema", () => {
    const values = parsed(validInput());
    expect(() =>
      toCreateRoomBody({ ...values, schedule: { ...values.schedule, time: "02:30", date: "2027-03-28" } }),
    ).toThrow(/nonexistent/);
  });
});

describe("update", () => {
  const update = makeUpdateMeetingSchema({ maxMembers: 100 });

  it("allows exactly what update_room_info can change", () => {
    expect(Object.keys(update.shape).sort()).toEqual([
      "customInfo",
      "maxMemberCount",
      "roomName",
      "settings",
      "takeSeatMode",
    ]);
  });

  it("shares the create limits and messages", () => {
    const result = update.safeParse({ customInfo: "x".repeat(501), maxMemberCount: 101 });
    expect(result.error?.issues.map((i) => [i.path.join("."), words(i.message)])).toEqual([
      ["maxMemberCount", "Max members: at most 100 (your package limit)"],
      ["customInfo", "Custom info is 501 bytes; the limit is 500."],
    ]);
  });

  it("sends switches as explicit booleans, clears custom info, and leaves absent fields out", () => {
    const values = update.parse({
      settings: {
        videoDisabled: false,
        audioDisabled: true,
        messagesDisabled: false,
        screenSharingDisabled: false,
        cloudRecordingDisabled: false,
      },
      customInfo: "",
      takeSeatMode: "ApplyToTake",
      roomName: "",
    });
    exactly(toUpdateRoomBody("room-1", values), {
      RoomInfo: {
        RoomId: "room-1",
        IsVideoDisabled: false,
        IsAudioDisabled: true,
        IsMessageDisabled: false,
        IsScreenSharingDisabled: false,
        IsCloudRecordingDisabled: false,
        CustomInfo: "",
        TakeSeatMode: "ApplyToTake",
      },
    });
    exactly(toUpdateRoomBody("room-1", update.parse({ roomName: "New", maxMemberCount: NaN })), {
      RoomInfo: { RoomId: "room-1", RoomName: "New" },
    });
  });
});
