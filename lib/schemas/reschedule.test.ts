import { describe, expect, it } from "vitest";
import { parseRef } from "./messages";
import { makeRescheduleSchema } from "./reschedule";

const NOW = Date.UTC(2030, 0, 1);
const schema = makeRescheduleSchema(() => NOW);
const valid = {
  roomId: "standup",
  newRoomId: "standup-r2",
  schedule: { date: "2030-02-01", time: "10:00", timeZone: "Asia/Tokyo", durationMinutes: 45 },
};
const keyOf = (input: unknown, path: string) => {
  const issue = schema.safeParse(input).error?.issues.find((i) => i.path.join(".") === path);
  return issue && parseRef(issue.message)?.key;
};

describe("the reschedule schema", () => {
  it("accepts a new RoomId and a time ahead", () => {
    expect(schema.parse(valid)).toEqual(valid);
  });

  it("refuses the meeting's own RoomId for the new room, on the new RoomId", () => {
    expect(keyOf({ ...valid, newRoomId: "standup" }, "newRoomId")).toBe("reschedule.error.sameRoomId");
  });

  it("checks the new RoomId and time with the schedule form's own rules", () => {
    expect(keyOf({ ...valid, newRoomId: "x".repeat(49) }, "newRoomId")).toBe("tooManyBytes");
    expect(
      keyOf({ ...valid, schedule: { ...valid.schedule, date: "2029-12-01" } }, "schedule.time"),
    ).toBeTruthy();
    expect(
      keyOf({ ...valid, schedule: { ...valid.schedule, durationMinutes: 2 } }, "schedule.durationMinutes"),
    ).toBe("durationMin");
  });
});
