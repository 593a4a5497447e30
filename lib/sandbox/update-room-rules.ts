import { FROZEN_FIELDS, UPDATABLE_FIELDS } from "../trtc/room-fields";
import { readObject, readRoomId, rejectUnknown, type Json } from "./field-checks";
import { readRoomField, type PackageLimits } from "./room-field-readers";
import type { StoredRoom } from "./types";

/** update_room_info accepts only the §2.3 table; the rest of a room is fixed once created. */

/** Fields Tencent derives and never takes: refused as not updatable rather than unknown. */
const DERIVED = ["CreateTime", "RoomStatus", "MemberCount"];

export type RoomPatch = Partial<Omit<StoredRoom, "RoomId" | "SdkAppId">>;

export function readUpdateRoom(body: Json, pkg: PackageLimits): { roomId: string; patch: RoomPatch } {
  rejectUnknown(body, "", ["RoomInfo"]);
  const info = readObject(body.RoomInfo, "RoomInfo");
  rejectUnknown(info, "RoomInfo", ["RoomId", ...UPDATABLE_FIELDS], [...FROZEN_FIELDS, ...DERIVED]);
  const roomId = readRoomId(info, "RoomInfo.RoomId");
  // Absent fields stay untouched.
  const patch: Record<string, unknown> = {};
  for (const wire of UPDATABLE_FIELDS) {
    const value = readRoomField(info, wire, pkg);
    if (value !== undefined) patch[wire] = value;
  }
  return { roomId, patch: patch as RoomPatch };
}
