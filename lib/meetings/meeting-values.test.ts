import { describe, expect, it } from "vitest";
import { utf8Bytes } from "@/lib/trtc/limits";
import { SWITCHES_OFF } from "@/lib/trtc/room-fields";
import { meetingFormSettings, rescheduledRoomId } from "./meeting-values";

describe("the RoomId a reschedule suggests", () => {
  it("adds -r2, then counts up", () => {
    expect(rescheduledRoomId("standup")).toBe("standup-r2");
    expect(rescheduledRoomId("standup-r2")).toBe("standup-r3");
    expect(rescheduledRoomId("standup-r19")).toBe("standup-r20");
  });

  it("stays within Tencent's 48 bytes, cutting whole characters", () => {
    const long = rescheduledRoomId("a".repeat(48));
    expect(long).toBe(`${"a".repeat(45)}-r2`);
    const wide = rescheduledRoomId("会".repeat(16));
    expect(utf8Bytes(wide)).toBeLessThanOrEqual(48);
    expect(wide).toBe(`${"会".repeat(15)}-r2`);
  });
});

describe("a stored meeting in the form's terms", () => {
  const stored = {
    roomId: "rd-abc",
    roomName: "Weekly",
    owner: null,
    invitees: ["ann", "bo"],
    settings: {
      ...SWITCHES_OFF,
      audioDisabled: true,
      maxMemberCount: null,
      seats: { enabled: true as const, maxSeatCount: 4, takeSeatMode: "FreeToTake" as const },
      customInfo: "x",
    },
  };

  it("keeps every setting and invitee", () => {
    expect(meetingFormSettings(stored)).toEqual({
      roomName: "Weekly",
      owner: "",
      invitees: ["ann", "bo"],
      settings: { ...SWITCHES_OFF, audioDisabled: true },
      maxMemberCount: undefined,
      seats: { enabled: true, maxSeatCount: 4, takeSeatMode: "FreeToTake" },
      customInfo: "x",
    });
  });

  it("leaves a name Tencent defaulted to the RoomId empty", () => {
    expect(meetingFormSettings({ ...stored, roomName: "rd-abc" }).roomName).toBe("");
  });
});
