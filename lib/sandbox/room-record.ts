import {
  paramError,
  readBool,
  readInt,
  readObject,
  readString,
  rejectUnknown,
  type Json,
} from "./field-checks";
import { SETTING_FIELDS } from "./create-room-rules";
import type { RoomRecord, StoredRoom } from "./types";

/**
 * RoomStatus from the schedule and the clock. Only "Running" appears in Tencent's docs [U]; "NotStarted"
 * matches the client enum TUIConferenceStatus and "Ended" is our own name for a finished room.
 */
export function roomStatus(room: StoredRoom, nowSeconds: number): string {
  if (nowSeconds < room.ScheduleStartTime) return "NotStarted";
  return nowSeconds < room.ScheduleEndTime ? "Running" : "Ended";
}

/** The get_room_info view. Nobody joins a sandbox room, so MemberCount is always 0. */
export function withStatus(room: StoredRoom, nowSeconds: number): RoomRecord {
  return {
    ...room,
    ScheduleInviteeList_Account: [...room.ScheduleInviteeList_Account],
    RoomStatus: roomStatus(room, nowSeconds),
    MemberCount: 0,
  };
}

export function toRoomInfoWire(room: StoredRoom, nowSeconds: number): Json {
  const info: Json = { ...withStatus(room, nowSeconds) };
  delete info.SdkAppId;
  delete info.ScheduleInviteeList_Account;
  return info;
}

export interface RoomDefaults {
  sdkAppId: number;
  owner: string;
  nowSeconds: number;
  packageMaxMembers: number;
  packageMaxSeats: number;
}

const STRING_FIELDS = ["RoomName", "RoomType", "Owner_Account", "CustomInfo", "TakeSeatMode"] as const;
const NUMBER_FIELDS = [
  "MaxMemberCount",
  "MaxSeatCount",
  "ScheduleStartTime",
  "ScheduleEndTime",
  "CreateTime",
];
const BOOL_FIELDS = [...SETTING_FIELDS, "IsSeatEnabled"] as const;
/** Derived on read, so accepted in an import but never stored. */
const DERIVED = ["RoomStatus", "MemberCount"];

/**
 * A room given whole (state file, or POST /__sandbox/rooms "as if made by another tool"): types are
 * checked but not create_room's limits, since other tools (client SDKs) allow more.
 */
export function normalizeRoom(input: unknown, d: RoomDefaults): StoredRoom {
  const raw = readObject(input, "room");
  rejectUnknown(raw, "", [
    "SdkAppId",
    "RoomId",
    ...STRING_FIELDS,
    ...NUMBER_FIELDS,
    ...BOOL_FIELDS,
    "ScheduleInviteeList_Account",
    ...DERIVED,
  ]);
  const str = (k: string) => readString(raw, k, k, { maxBytes: Infinity });
  const num = (k: string) => readInt(raw, k, k, 0, Number.MAX_SAFE_INTEGER);
  const roomId = readString(raw, "RoomId", "RoomId", { maxBytes: Infinity, required: true, nonEmpty: true });
  const start = num("ScheduleStartTime") ?? d.nowSeconds;
  const invitees = raw.ScheduleInviteeList_Account ?? [];
  if (!Array.isArray(invitees) || invitees.some((i) => typeof i !== "string")) {
    paramError("ScheduleInviteeList_Account", "must be an array of strings");
  }
  const bools = Object.fromEntries(BOOL_FIELDS.map((k) => [k, readBool(raw, k, k) ?? false]));
  return {
    SdkAppId: num("SdkAppId") ?? d.sdkAppId,
    RoomId: roomId as string,
    RoomName: str("RoomName") ?? (roomId as string),
    RoomType: str("RoomType") ?? "Conference",
    Owner_Account: str("Owner_Account") ?? d.owner,
    MaxMemberCount: num("MaxMemberCount") ?? d.packageMaxMembers,
    MaxSeatCount: num("MaxSeatCount") ?? d.packageMaxSeats,
    ...(bools as Record<(typeof BOOL_FIELDS)[number], boolean>),
    CustomInfo: str("CustomInfo") ?? "",
    ScheduleStartTime: start,
    ScheduleEndTime: num("ScheduleEndTime") ?? start + 3600,
    TakeSeatMode: str("TakeSeatMode") ?? "FreeToTake",
    CreateTime: num("CreateTime") ?? d.nowSeconds,
    ScheduleInviteeList_Account: [...(invitees as string[])],
  };
}
