import { z } from "zod";
import { roomInfo, seatEntry } from "./responses";
import { INVITEES_FIELD } from "./room-fields";

/**
 * Tencent's Conference callbacks (docs/trtc-api.md §6.2–6.3), each declared once: its page, what it
 * tells, and the schema of its body. The receiver (app/api/trtc/callback) parses with these; the sandbox
 * sends exactly these; the configuration page offers exactly these. Loose on purpose, like the response
 * schemas: Tencent adds fields without notice, and an extra field must not turn an event into a refusal.
 */

/** Every body carries the command it is and when it happened, in milliseconds (§6.2). */
const base = {
  CallbackCommand: z.string(),
  EventTime: z.number().int().nonnegative(),
  Operator_Account: z.string().default(""),
};

export const CALLBACK_COMMANDS = {
  "Room.CallbackAfterCreateRoom": {
    doc: 60733,
    body: z.looseObject({
      ...base,
      RoomInfo: roomInfo,
      [INVITEES_FIELD.wire]: z.array(z.string()).default([]),
    }),
  },
  "Room.CallbackAfterDestroyRoom": {
    doc: 60732,
    body: z.looseObject({ ...base, RoomId: z.string() }),
  },
  "Room.CallbackAfterUpdateRoomInfo": {
    doc: 60731,
    body: z.looseObject({ ...base, RoomInfo: z.looseObject({ RoomId: z.string() }) }),
  },
  "Room.CallbackAfterMemberEnter": {
    doc: 60735,
    body: z.looseObject({
      ...base,
      RoomId: z.string(),
      MemberCount: z.number().int().optional(),
      Type: z.string().default("Enter"),
      MemberList_Account: z.array(z.string()),
    }),
  },
  "Room.CallbackAfterMemberLeave": {
    doc: 60734,
    body: z.looseObject({
      ...base,
      RoomId: z.string(),
      MemberCount: z.number().int().optional(),
      // Leave, Kicked or Expired; kept as sent so a new reason is shown rather than refused.
      Type: z.string(),
      MemberList_Account: z.array(z.string()),
      Reason: z.string().default(""),
    }),
  },
  "Mic.CallbackAfterSeatInfoChanged": {
    doc: 60736,
    body: z.looseObject({
      ...base,
      RoomId: z.string(),
      SeatList: z.array(seatEntry),
    }),
  },
} as const;

export type CallbackCommand = keyof typeof CALLBACK_COMMANDS;
export type CallbackBody<C extends CallbackCommand> = z.output<(typeof CALLBACK_COMMANDS)[C]["body"]>;

export const CALLBACK_COMMAND_NAMES = Object.keys(CALLBACK_COMMANDS) as CallbackCommand[];

/**
 * §6.3 [U]: get_callback's sample lists `Room.CallbackUpdateRoomInfo`, the callback page says
 * `…AfterUpdateRoomInfo`. A configuration holding the alias means the canonical command.
 */
export const CALLBACK_COMMAND_ALIASES: Readonly<Record<string, CallbackCommand>> = {
  "Room.CallbackUpdateRoomInfo": "Room.CallbackAfterUpdateRoomInfo",
};

export function canonicalCallbackCommand(name: string): CallbackCommand | null {
  if (name in CALLBACK_COMMANDS) return name as CallbackCommand;
  return CALLBACK_COMMAND_ALIASES[name] ?? null;
}

/** The reasons Tencent gives for a member leaving (§6.3). Others are shown as sent. */
export const LEAVE_TYPES = ["Leave", "Kicked", "Expired"] as const;

/** The platforms Tencent names in `OptPlatform` (§6.2). */
export const OPT_PLATFORMS = [
  "RESTAPI",
  "Web",
  "Android",
  "iOS",
  "Windows",
  "Mac",
  "iPad",
  "Unknown",
] as const;

/** §6.5 [U for room_config]: how far RequestTime may be from the receiver's clock, in seconds. */
export const CALLBACK_MAX_SKEW_SECONDS = 60;
