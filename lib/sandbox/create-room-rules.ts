import { ROOM_LIMITS, TAKE_SEAT_MODES } from "../trtc/limits";
import {
  paramError,
  readBool,
  readEnum,
  readInt,
  readObject,
  readString,
  rejectUnknown,
  type Json,
} from "./field-checks";
import type { StoredRoom } from "./types";

/** create_room body rules (trtc-api.md §2.1). The first broken rule wins, as with Tencent's single ErrorInfo. */

export const SETTING_FIELDS = [
  "IsVideoDisabled",
  "IsAudioDisabled",
  "IsMessageDisabled",
  "IsScreenSharingDisabled",
  "IsCloudRecordingDisabled",
] as const;

const ROOM_INFO_FIELDS = [
  "RoomId",
  "RoomName",
  "RoomType",
  "Owner_Account",
  "MaxMemberCount",
  "ScheduleStartTime",
  "ScheduleEndTime",
  ...SETTING_FIELDS,
  "CustomInfo",
  "IsSeatEnabled",
  "MaxSeatCount",
  "TakeSeatMode",
];

const INVITEES = "ScheduleInviteeList_Account";

/** Larger than any unix-seconds value this century: such a number is almost surely milliseconds. */
const MAX_UNIX_SECONDS = 1e11;

export interface RoomRuleContext {
  caller: string;
  sdkAppId: number;
  nowSeconds: number;
  packageMaxMembers: number;
  packageMaxSeats: number;
}

function readUnixSeconds(info: Json, key: string): number | undefined {
  const path = `RoomInfo.${key}`;
  const v = info[key];
  if (typeof v === "number" && Number.isInteger(v) && v > MAX_UNIX_SECONDS) {
    paramError(path, "must be unix seconds, this looks like milliseconds");
  }
  return readInt(info, key, path, 0, MAX_UNIX_SECONDS);
}

function readSchedule(info: Json, nowSeconds: number) {
  const givenStart = readUnixSeconds(info, "ScheduleStartTime");
  const givenEnd = readUnixSeconds(info, "ScheduleEndTime");
  const start = givenStart ?? nowSeconds;
  const end = givenEnd ?? start + 3600;
  const duration = end - start;
  const { minDurationSeconds: min, maxDurationSeconds: max } = ROOM_LIMITS;
  if (duration < min || duration > max) {
    paramError("RoomInfo.ScheduleEndTime", `must be ${min} to ${max} seconds after ScheduleStartTime`);
  }
  return { start, end };
}

export function readInvitees(body: Json): string[] {
  const v = body[INVITEES];
  if (v === undefined) return [];
  if (!Array.isArray(v)) paramError(INVITEES, "must be an array of strings");
  if (v.length > ROOM_LIMITS.maxInvitees) paramError(INVITEES, `exceeds ${ROOM_LIMITS.maxInvitees} entries`);
  const rule = { maxBytes: ROOM_LIMITS.userIdMaxBytes, required: true, nonEmpty: true };
  const list = (v as unknown[]).map(
    (item, i) => readString({ item }, "item", `${INVITEES}[${i}]`, rule) as string,
  );
  return [...new Set(list)];
}

export function readCreateRoom(body: Json, ctx: RoomRuleContext): StoredRoom {
  rejectUnknown(body, "", ["RoomInfo", INVITEES]);
  const info = readObject(body.RoomInfo, "RoomInfo");
  rejectUnknown(info, "RoomInfo", ROOM_INFO_FIELDS);
  const p = (key: string) => `RoomInfo.${key}`;

  const roomId = readString(info, "RoomId", p("RoomId"), {
    maxBytes: ROOM_LIMITS.roomIdMaxBytes,
    required: true,
    nonEmpty: true,
  }) as string;
  if (info.RoomType === undefined) paramError(p("RoomType"), "is required");
  readEnum(info, "RoomType", p("RoomType"), ["Conference"]);
  const roomName = readString(info, "RoomName", p("RoomName"), { maxBytes: ROOM_LIMITS.roomNameMaxBytes });
  const owner = readString(info, "Owner_Account", p("Owner_Account"), {
    maxBytes: ROOM_LIMITS.userIdMaxBytes,
    nonEmpty: true,
  });
  const maxMembers = readInt(info, "MaxMemberCount", p("MaxMemberCount"), 1, ctx.packageMaxMembers);
  const { start, end } = readSchedule(info, ctx.nowSeconds);
  const settings = Object.fromEntries(SETTING_FIELDS.map((k) => [k, readBool(info, k, p(k)) ?? false]));
  const customInfo = readString(info, "CustomInfo", p("CustomInfo"), {
    maxBytes: ROOM_LIMITS.customInfoMaxBytes,
  });
  const seatEnabled = readBool(info, "IsSeatEnabled", p("IsSeatEnabled"));
  const maxSeats = readInt(info, "MaxSeatCount", p("MaxSeatCount"), 1, ctx.packageMaxSeats);
  const takeSeatMode = readEnum(info, "TakeSeatMode", p("TakeSeatMode"), TAKE_SEAT_MODES);
  const invitees = readInvitees(body);

  return {
    SdkAppId: ctx.sdkAppId,
    RoomId: roomId,
    RoomName: roomName ?? roomId,
    RoomType: "Conference",
    Owner_Account: owner ?? ctx.caller,
    MaxMemberCount: maxMembers ?? ctx.packageMaxMembers,
    MaxSeatCount: maxSeats ?? ctx.packageMaxSeats,
    ...(settings as Record<(typeof SETTING_FIELDS)[number], boolean>),
    CustomInfo: customInfo ?? "",
    ScheduleStartTime: start,
    ScheduleEndTime: end,
    IsSeatEnabled: seatEnabled ?? false,
    TakeSeatMode: takeSeatMode ?? "FreeToTake",
    CreateTime: ctx.nowSeconds,
    ScheduleInviteeList_Account: invitees,
  };
}
