import { ROOM_LIMITS, TAKE_SEAT_MODES } from "../trtc/limits";
import { SETTING_FIELDS } from "./create-room-rules";
import {
  readBool,
  readEnum,
  readInt,
  readObject,
  readRoomId,
  readString,
  rejectUnknown,
  type Json,
} from "./field-checks";
import type { StoredRoom } from "./types";

/** update_room_info accepts only the §2.3 table; the rest of a room is fixed once created. */

const UPDATABLE = ["RoomId", "RoomName", "MaxMemberCount", ...SETTING_FIELDS, "CustomInfo", "TakeSeatMode"];

/** Known room fields that other APIs own (change_room_owner) or that Tencent freezes at creation. */
const NOT_UPDATABLE = [
  "RoomType",
  "Owner_Account",
  "ScheduleStartTime",
  "ScheduleEndTime",
  "IsSeatEnabled",
  "MaxSeatCount",
  "CreateTime",
  "RoomStatus",
  "MemberCount",
];

export type RoomPatch = Partial<Omit<StoredRoom, "RoomId" | "SdkAppId">>;

export function readUpdateRoom(body: Json, packageMaxMembers: number): { roomId: string; patch: RoomPatch } {
  rejectUnknown(body, "", ["RoomInfo"]);
  const info = readObject(body.RoomInfo, "RoomInfo");
  rejectUnknown(info, "RoomInfo", UPDATABLE, NOT_UPDATABLE);
  const p = (key: string) => `RoomInfo.${key}`;

  const roomId = readRoomId(info, p("RoomId"));
  const patch: RoomPatch = {
    RoomName: readString(info, "RoomName", p("RoomName"), { maxBytes: ROOM_LIMITS.roomNameMaxBytes }),
    MaxMemberCount: readInt(info, "MaxMemberCount", p("MaxMemberCount"), 1, packageMaxMembers),
    CustomInfo: readString(info, "CustomInfo", p("CustomInfo"), { maxBytes: ROOM_LIMITS.customInfoMaxBytes }),
    TakeSeatMode: readEnum(info, "TakeSeatMode", p("TakeSeatMode"), TAKE_SEAT_MODES),
  };
  for (const key of SETTING_FIELDS) patch[key] = readBool(info, key, p(key));
  // Absent fields stay untouched, so drop the undefined placeholders before merging.
  const defined = Object.entries(patch).filter(([, v]) => v !== undefined);
  return { roomId, patch: Object.fromEntries(defined) as RoomPatch };
}
