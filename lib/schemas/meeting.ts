import { z } from "zod";
import { nextQuarterHour } from "@/lib/time/format";
import { SWITCHES_OFF } from "@/lib/trtc/room-fields";
import {
  customInfoSchema,
  optionalCountSchema,
  ownerSchema,
  roomIdSchema,
  roomNameSchema,
  settingsSchema,
  takeSeatModeSchema,
} from "./fields";
import { inviteesSchema } from "./invitees";
import { generateRoomId } from "./room-id";
import { makeScheduleSchema } from "./schedule";
import { makeSeatsSchema } from "./seats";

export interface MeetingLimits {
  /** The package's member limit (TRTC_MAX_MEMBERS). */
  maxMembers: number;
  /** The package's seat limit (TRTC_MAX_SEATS). */
  maxSeats: number;
  /** Milliseconds; injected so "start not in the past" is testable and uses the server's clock there. */
  now?: () => number;
}

function assertLimit(name: string, value: number): void {
  if (!Number.isInteger(value) || value < 1)
    throw new RangeError(`${name} must be a positive integer, got ${value}`);
}

/** The field definitions both schemas are built from, so create and update can never disagree on a limit. */
function meetingFields(opts: Pick<MeetingLimits, "maxMembers">) {
  assertLimit("maxMembers", opts.maxMembers);
  return {
    roomName: roomNameSchema,
    settings: settingsSchema,
    maxMemberCount: optionalCountSchema("maxMembers", opts.maxMembers),
    customInfo: customInfoSchema,
  };
}

/**
 * The one schedule-meeting schema: the form's zodResolver and the server action parse with it. Limits
 * come from deployment config, hence a factory.
 */
export function makeScheduleMeetingSchema(opts: MeetingLimits) {
  assertLimit("maxSeats", opts.maxSeats);
  const fields = meetingFields(opts);
  return z.object({
    roomName: fields.roomName,
    roomId: roomIdSchema,
    owner: ownerSchema,
    invitees: inviteesSchema,
    schedule: makeScheduleSchema(opts.now ?? Date.now),
    settings: fields.settings,
    maxMemberCount: fields.maxMemberCount,
    seats: makeSeatsSchema(opts.maxSeats),
    customInfo: fields.customInfo,
  });
}

export type ScheduleMeetingSchema = ReturnType<typeof makeScheduleMeetingSchema>;
export type ScheduleMeetingInput = z.input<ScheduleMeetingSchema>;
export type ScheduleMeetingValues = z.output<ScheduleMeetingSchema>;

/**
 * Exactly what update_room_info can change (docs/trtc-api.md §2.3): start, owner, seat count and seat mode on/off
 * are fixed after creation. Every field is optional; an absent field is left as it is.
 */
export function makeUpdateMeetingSchema(opts: Pick<MeetingLimits, "maxMembers">) {
  const fields = meetingFields(opts);
  return z.object({
    roomName: fields.roomName.optional(),
    maxMemberCount: fields.maxMemberCount,
    settings: fields.settings.optional(),
    customInfo: fields.customInfo.optional(),
    takeSeatMode: takeSeatModeSchema.optional(),
  });
}

export type UpdateMeetingSchema = ReturnType<typeof makeUpdateMeetingSchema>;
export type UpdateMeetingInput = z.input<UpdateMeetingSchema>;
export type UpdateMeetingValues = z.output<UpdateMeetingSchema>;

/**
 * A form's starting values: the next quarter hour in the admin's zone, 30 minutes (Tencent's default),
 * nothing muted, seats off. Pass `roomId` when rendering on the server so hydration sees the same ID.
 */
export function defaultScheduleValues(
  nowMs: number,
  timeZone: string,
  opts: { roomId?: string; maxSeats?: number } = {},
): ScheduleMeetingInput {
  return {
    roomName: "",
    roomId: opts.roomId ?? generateRoomId(),
    owner: "",
    invitees: [],
    schedule: { ...nextQuarterHour(nowMs, timeZone), timeZone, durationMinutes: 30 },
    settings: { ...SWITCHES_OFF },
    maxMemberCount: undefined,
    seats: { enabled: false, maxSeatCount: opts.maxSeats, takeSeatMode: "ApplyToTake" },
    customInfo: "",
  };
}
