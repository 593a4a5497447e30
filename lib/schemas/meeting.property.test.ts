import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { listTimeZones } from "@/lib/time/zone";
import { TAKE_SEAT_MODES, utf8Bytes } from "@/lib/trtc/limits";
import { toCreateRoomBody } from "./create-room-body";
import type { ScheduleMeetingInput } from "./meeting";
import { oracleInstants, oracleWallTime } from "@/tests/wall-time-oracle";
import { mutations } from "./mutations.test-data";
import { issuesByPath, MAX_MEMBERS, MAX_SEATS, NOW_MS, schema, validInput } from "./test-utils";
import { SWITCH_KEYS, type SwitchKey } from "@/lib/trtc/room-fields";

const userId = fc.stringMatching(/^[A-Za-z0-9_-]{1,32}$/);
const text = (maxBytes: number, maxLength: number) =>
  fc.string({ unit: "grapheme", maxLength }).filter((s) => utf8Bytes(s) <= maxBytes);

/**
 * A wall time that names exactly one instant, found by the test-only oracle rather than by the
 * conversion under test; `epoch` is the instant the body must carry.
 */
const scheduleAt = fc
  .record({
    minutesAhead: fc.integer({ min: 0, max: 2 * 366 * 24 * 60 }),
    timeZone: fc.constantFrom(...listTimeZones()),
    durationMinutes: fc.integer({ min: 5, max: 1440 }),
  })
  .map(({ minutesAhead, timeZone, durationMinutes }) => {
    const epoch = Math.floor(NOW_MS / 60_000) * 60 + minutesAhead * 60;
    return { epoch, schedule: { ...oracleWallTime(epoch, timeZone), timeZone, durationMinutes } };
  })
  .filter(({ schedule: s }) => oracleInstants(s.date, s.time, s.timeZone).length === 1);
const schedule = scheduleAt.map(({ schedule: s }) => s);

export const validInputArb: fc.Arbitrary<ScheduleMeetingInput> = fc.record({
  roomName: text(100, 40).filter((s) => s === "" || s.trim() !== ""),
  roomId: fc.stringMatching(/^[A-Za-z0-9_-]{1,48}$/),
  owner: fc.oneof(fc.constant(""), userId),
  invitees: fc.uniqueArray(userId, { maxLength: 300 }),
  schedule,
  settings: fc.record(
    Object.fromEntries(SWITCH_KEYS.map((k) => [k, fc.boolean()])) as Record<SwitchKey, fc.Arbitrary<boolean>>,
  ),
  maxMemberCount: fc.oneof(fc.constantFrom(undefined, NaN), fc.integer({ min: 1, max: MAX_MEMBERS })),
  seats: fc.oneof(
    fc.record({
      enabled: fc.constant(false),
      // Leftovers in hidden inputs, even invalid ones, are ignored while seats are off.
      maxSeatCount: fc.option(fc.integer({ min: -5, max: 100 }), { nil: undefined }),
      takeSeatMode: fc.option(fc.constantFrom(...TAKE_SEAT_MODES), { nil: undefined }),
    }),
    fc.record({
      enabled: fc.constant(true),
      maxSeatCount: fc.integer({ min: 1, max: MAX_SEATS }),
      takeSeatMode: fc.constantFrom(...TAKE_SEAT_MODES),
    }),
  ),
  customInfo: text(500, 160),
});

const ROOM_INFO_KEYS = new Set([
  "RoomId",
  "RoomName",
  "RoomType",
  "Owner_Account",
  "MaxMemberCount",
  "ScheduleStartTime",
  "ScheduleEndTime",
  "IsVideoDisabled",
  "IsAudioDisabled",
  "IsMessageDisabled",
  "IsScreenSharingDisabled",
  "IsCloudRecordingDisabled",
  "CustomInfo",
  "IsSeatEnabled",
  "MaxSeatCount",
  "TakeSeatMode",
]);

describe("schedule meeting schema properties", () => {
  it("a wall time that names one instant becomes exactly that start, and the chosen duration", () => {
    fc.assert(
      fc.property(scheduleAt, ({ epoch, schedule: s }) => {
        const result = schema.safeParse(validInput({ schedule: s }));
        expect(result.error?.issues ?? []).toEqual([]);
        const { ScheduleStartTime: start, ScheduleEndTime: end } = toCreateRoomBody(result.data!).RoomInfo;
        expect(start).toBe(epoch);
        expect(end! - start!).toBe(s.durationMinutes * 60);
      }),
      { numRuns: 300 },
    );
  });

  it("every valid input passes and becomes a clean create_room body", () => {
    fc.assert(
      fc.property(validInputArb, (input) => {
        const result = schema.safeParse(input);
        expect(result.error?.issues ?? []).toEqual([]);
        const body = toCreateRoomBody(result.data!);
        const { ScheduleStartTime: start, ScheduleEndTime: end } = body.RoomInfo;
        expect(Number.isInteger(start) && Number.isInteger(end)).toBe(true);
        expect(end! - start!).toBeGreaterThanOrEqual(300);
        expect(end! - start!).toBeLessThanOrEqual(86_400);
        expect(start).toBeGreaterThanOrEqual(Math.floor(NOW_MS / 60_000) * 60);
        expect(JSON.parse(JSON.stringify(body))).toStrictEqual(body);
        expect(Object.keys(body).every((k) => k === "RoomInfo" || k === "ScheduleInviteeList_Account")).toBe(
          true,
        );
        expect(Object.keys(body.RoomInfo).filter((k) => !ROOM_INFO_KEYS.has(k))).toEqual([]);
        if ("ScheduleInviteeList_Account" in body)
          expect(body.ScheduleInviteeList_Account!.length).toBeGreaterThan(0);
      }),
      { numRuns: 300 },
    );
  });

  it("pushing any one field past its limit is refused at that field's path", () => {
    fc.assert(
      fc.property(validInputArb, fc.constantFrom(...mutations), (input, mutation) => {
        const { input: mutated, path } = mutation.apply(structuredClone(input));
        const issues = issuesByPath(schema.safeParse(mutated));
        expect(Object.keys(issues), mutation.name).toContain(path);
      }),
      { numRuns: 600 },
    );
  });
});
