import { describe, expect, it } from "vitest";
import { ROOM_LIMITS, utf8Bytes } from "@/lib/trtc/limits";
import { SERIES_LIMITS } from "./limits";
import { movedOccurrenceRoomId } from "./moved-room-id";

describe("a moved occurrence's RoomId", () => {
  it("is the series' base and the new date, then -r2, -r3…", () => {
    expect(movedOccurrenceRoomId("standup", "2027-10-14", 1)).toBe("standup-20271014");
    expect(movedOccurrenceRoomId("standup", "2027-10-14", 2)).toBe("standup-20271014-r2");
    expect(movedOccurrenceRoomId("standup", "2027-10-14", 13)).toBe("standup-20271014-r13");
  });

  it("stays within Tencent's 48 bytes for the longest base, cutting the base and never the date", () => {
    const base = "b".repeat(SERIES_LIMITS.roomIdBaseMaxBytes);
    expect(movedOccurrenceRoomId(base, "2027-10-14", 1)).toBe(`${base}-20271014`);
    const second = movedOccurrenceRoomId(base, "2027-10-14", 20);
    expect(utf8Bytes(second)).toBe(ROOM_LIMITS.roomIdMaxBytes);
    expect(second.endsWith("-20271014-r20")).toBe(true);
    // A base of three-byte characters is cut at a character, never inside one.
    const wide = movedOccurrenceRoomId("会".repeat(13), "2027-10-14", 2);
    expect(utf8Bytes(wide)).toBeLessThanOrEqual(ROOM_LIMITS.roomIdMaxBytes);
    expect(wide).toBe(`${"会".repeat(12)}-20271014-r2`);
  });
});
