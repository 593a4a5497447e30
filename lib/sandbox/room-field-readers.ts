import { ROOM_FIELDS, TAKE_SEAT_MODES, type RoomFieldSpec, type RoomWireName } from "../trtc/room-fields";
import { paramError, readBool, readEnum, readInt, readString, type Json } from "./field-checks";

/** Package limits a room's counts are checked against. */
export interface PackageLimits {
  packageMaxMembers: number;
  packageMaxSeats: number;
}

/** Larger than any unix-seconds value this century: such a number is almost surely milliseconds. */
const MAX_UNIX_SECONDS = 1e11;

function readUnixSeconds(info: Json, key: string, path: string): number | undefined {
  const v = info[key];
  if (typeof v === "number" && Number.isInteger(v) && v > MAX_UNIX_SECONDS) {
    paramError(path, "must be unix seconds, this looks like milliseconds");
  }
  return readInt(info, key, path, 0, MAX_UNIX_SECONDS);
}

/**
 * Reads one RoomInfo field by its kind in the room-field table, with Tencent's limits; ParamError names the
 * wire path, so 100002's ErrorInfo says which field it was.
 */
export function readRoomField(info: Json, wire: RoomWireName, pkg: PackageLimits): unknown {
  const spec: RoomFieldSpec = ROOM_FIELDS[wire];
  const path = `RoomInfo.${wire}`;
  if (spec.create === "required" && info[wire] === undefined) paramError(path, "is required");
  switch (spec.kind) {
    case "roomId":
      return readString(info, wire, path, { maxBytes: spec.maxBytes!, required: true, nonEmpty: true });
    case "roomType":
      return readEnum(info, wire, path, ["Conference"]);
    case "text":
      return readString(info, wire, path, { maxBytes: spec.maxBytes! });
    case "userId":
      return readString(info, wire, path, { maxBytes: spec.maxBytes!, nonEmpty: true });
    case "count": {
      const max = spec.packageLimit === "seats" ? pkg.packageMaxSeats : pkg.packageMaxMembers;
      return readInt(info, wire, path, 1, max);
    }
    case "unixSeconds":
      return readUnixSeconds(info, wire, path);
    case "switch":
    case "flag":
      return readBool(info, wire, path);
    case "seatMode":
      return readEnum(info, wire, path, TAKE_SEAT_MODES);
  }
}
