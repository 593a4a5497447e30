import {
  paramError,
  readBool,
  readInt,
  readObject,
  readString,
  rejectUnknown,
  type Json,
} from "./field-checks";
import {
  INVITEES_FIELD,
  ROOM_FIELDS,
  ROOM_WIRE_NAMES,
  tencentDefaults,
  toRoomInfo,
  type RoomFieldSpec,
} from "../trtc/room-fields";
import type { RoomRecord, StoredRoom } from "./types";

/**
 * RoomStatus from the schedule and the clock. Only "Running" appears in Tencent's docs [U]; "NotStarted"
 * matches the client enum TUIConferenceStatus and "Ended" is our own name for a finished room.
 */
export function roomStatus(room: StoredRoom, nowSeconds: number): string {
  if (nowSeconds < room.ScheduleStartTime) return "NotStarted";
  return nowSeconds < room.ScheduleEndTime ? "Running" : "Ended";
}

/** The get_room_info view; MemberCount counts the simulated members in the room (people-store.ts). */
export function withStatus(room: StoredRoom, nowSeconds: number, memberCount = 0): RoomRecord {
  return {
    ...room,
    ScheduleInviteeList_Account: [...room.ScheduleInviteeList_Account],
    RoomStatus: roomStatus(room, nowSeconds),
    MemberCount: memberCount,
  };
}

export function toRoomInfoWire(room: StoredRoom, nowSeconds: number, memberCount = 0): Json {
  const info: Json = { ...withStatus(room, nowSeconds, memberCount) };
  delete info.SdkAppId;
  delete info.ScheduleInviteeList_Account;
  return info;
}

/** A room as the create and update callbacks carry it (docs/trtc-api.md §6.3): get_room_info's fields minus MemberCount. */
export function toCallbackRoomInfo(room: StoredRoom, nowSeconds: number): Json {
  const info = toRoomInfoWire(room, nowSeconds);
  delete info.MemberCount;
  return info;
}

export interface RoomDefaults {
  sdkAppId: number;
  owner: string;
  nowSeconds: number;
  packageMaxMembers: number;
  packageMaxSeats: number;
}

const ofKind = (...kinds: RoomFieldSpec["kind"][]) =>
  ROOM_WIRE_NAMES.filter((w) => kinds.includes(ROOM_FIELDS[w].kind) && w !== "RoomId");
const STRING_FIELDS = ofKind("text", "userId", "roomType", "seatMode");
const NUMBER_FIELDS = [...ofKind("count", "unixSeconds"), "CreateTime"];
const BOOL_FIELDS = ofKind("switch", "flag");
/** Derived on read, so accepted in an import but never stored. */
const DERIVED = ["RoomStatus", "MemberCount"];

/**
 * A room given whole (state file, or POST /__sandbox/rooms "as if made by another tool"): types are
 * checked but not create_room's limits, since other tools (client SDKs) allow more.
 */
export function normalizeRoom(input: unknown, d: RoomDefaults): StoredRoom {
  const raw = readObject(input, "room");
  const invitees = INVITEES_FIELD.wire;
  rejectUnknown(raw, "", [
    "SdkAppId",
    "RoomId",
    ...STRING_FIELDS,
    ...NUMBER_FIELDS,
    ...BOOL_FIELDS,
    invitees,
    ...DERIVED,
  ]);
  const given: Record<string, unknown> = {};
  for (const k of STRING_FIELDS) given[k] = readString(raw, k, k, { maxBytes: Infinity });
  for (const k of NUMBER_FIELDS) given[k] = readInt(raw, k, k, 0, Number.MAX_SAFE_INTEGER);
  for (const k of BOOL_FIELDS) given[k] = readBool(raw, k, k);
  const roomId = readString(raw, "RoomId", "RoomId", { maxBytes: Infinity, required: true, nonEmpty: true })!;
  const list = raw[invitees] ?? [];
  if (!Array.isArray(list) || list.some((i) => typeof i !== "string")) {
    paramError(invitees, "must be an array of strings");
  }
  const defined = Object.fromEntries(Object.entries(given).filter(([, v]) => v !== undefined));
  const defaults = toRoomInfo(
    tencentDefaults(roomId, d.owner, { maxMembers: d.packageMaxMembers, maxSeats: d.packageMaxSeats }),
  );
  const start = (defined.ScheduleStartTime as number | undefined) ?? d.nowSeconds;
  return {
    ...defaults,
    ScheduleStartTime: start,
    ScheduleEndTime: start + 3600,
    CreateTime: d.nowSeconds,
    ...defined,
    SdkAppId: readInt(raw, "SdkAppId", "SdkAppId", 0, Number.MAX_SAFE_INTEGER) ?? d.sdkAppId,
    RoomId: roomId,
    [invitees]: [...(list as string[])],
  } as StoredRoom;
}
