import { describe, expect, it } from "vitest";
import { roomIdSchema } from "./fields";
import { defaultScheduleValues } from "./meeting";
import { generateRoomId } from "./room-id";
import { NOW_MS, schema } from "./test-utils";

describe("generateRoomId", () => {
  it("makes valid, distinct IDs", () => {
    const ids = Array.from({ length: 500 }, generateRoomId);
    for (const id of ids) {
      expect(id).toMatch(/^rd-[a-z0-9]{10}$/);
      expect(roomIdSchema.safeParse(id).success).toBe(true);
    }
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe("defaultScheduleValues", () => {
  it("starts at the next quarter hour, lasts 30 minutes and validates as is", () => {
    const values = defaultScheduleValues(NOW_MS, "Asia/Kathmandu", { roomId: "rd-0123456789", maxSeats: 20 });
    expect(values).toEqual({
      roomName: "",
      roomId: "rd-0123456789",
      owner: "",
      invitees: [],
      // 12:00:30 UTC → 12:15 UTC → 18:00 at +05:45.
      schedule: { date: "2027-01-01", time: "18:00", timeZone: "Asia/Kathmandu", durationMinutes: 30 },
      settings: {
        videoDisabled: false,
        audioDisabled: false,
        messagesDisabled: false,
        screenSharingDisabled: false,
        cloudRecordingDisabled: false,
      },
      maxMemberCount: undefined,
      seats: { enabled: false, maxSeatCount: 20, takeSeatMode: "ApplyToTake" },
      customInfo: "",
    });
    expect(schema.safeParse(values).success).toBe(true);
  });

  it("generates a room ID when none is given", () => {
    expect(defaultScheduleValues(NOW_MS, "UTC").roomId).toMatch(/^rd-/);
  });
});
