import { describe, expect, it } from "vitest";
import { formPathForErrorInfo } from "./wire-field-paths";

describe("formPathForErrorInfo", () => {
  it.each([
    ["RoomInfo.RoomId: exceeds 48 bytes", "roomId"],
    ["RoomInfo.MaxSeatCount: must be 1..20", "seats.maxSeatCount"],
    ["ScheduleInviteeList_Account[3]: exceeds 32 bytes", "invitees"],
    ["invalid ScheduleEndTime", "schedule.durationMinutes"],
  ])("%s → %s", (info, path) => expect(formPathForErrorInfo(info)).toBe(path));

  it("leaves unknown or empty text at form level", () => {
    expect(formPathForErrorInfo("something odd")).toBeNull();
    expect(formPathForErrorInfo(null)).toBeNull();
  });
});
