import { ROOM_LIMITS } from "../trtc/limits";
import {
  INVITEES_FIELD,
  ROOM_WIRE_NAMES,
  tencentDefaults,
  toRoomInfo,
  type RoomWireName,
} from "../trtc/room-fields";
import { paramError, readObject, readString, rejectUnknown, type Json } from "./field-checks";
import { readRoomField, type PackageLimits } from "./room-field-readers";
import type { StoredRoom } from "./types";

/** create_room body rules (docs/trtc-api.md §2.1), read off the room-field table; the first broken rule wins. */

export interface RoomRuleContext extends PackageLimits {
  caller: string;
  sdkAppId: number;
  nowSeconds: number;
}

function checkSchedule(given: { start?: number; end?: number }, nowSeconds: number) {
  const start = given.start ?? nowSeconds;
  const end = given.end ?? start + 3600;
  const { minDurationSeconds: min, maxDurationSeconds: max } = ROOM_LIMITS;
  if (end - start < min || end - start > max) {
    paramError("RoomInfo.ScheduleEndTime", `must be ${min} to ${max} seconds after ScheduleStartTime`);
  }
  return { start, end };
}

export function readInvitees(body: Json): string[] {
  const name = INVITEES_FIELD.wire;
  const v = body[name];
  if (v === undefined) return [];
  if (!Array.isArray(v)) paramError(name, "must be an array of strings");
  if (v.length > INVITEES_FIELD.maxEntries) paramError(name, `exceeds ${INVITEES_FIELD.maxEntries} entries`);
  const rule = { maxBytes: INVITEES_FIELD.entryMaxBytes, required: true, nonEmpty: true };
  const list = (v as unknown[]).map(
    (item, i) => readString({ item }, "item", `${name}[${i}]`, rule) as string,
  );
  return [...new Set(list)];
}

export function readCreateRoom(body: Json, ctx: RoomRuleContext): StoredRoom {
  rejectUnknown(body, "", ["RoomInfo", INVITEES_FIELD.wire]);
  const info = readObject(body.RoomInfo, "RoomInfo");
  rejectUnknown(info, "RoomInfo", ROOM_WIRE_NAMES);
  const given: Partial<Record<RoomWireName, unknown>> = {};
  for (const wire of ROOM_WIRE_NAMES) {
    const value = readRoomField(info, wire, ctx);
    if (value !== undefined) given[wire] = value;
  }
  const { start, end } = checkSchedule(
    {
      start: given.ScheduleStartTime as number | undefined,
      end: given.ScheduleEndTime as number | undefined,
    },
    ctx.nowSeconds,
  );
  const invitees = readInvitees(body);
  const roomId = given.RoomId as string;
  const defaults = toRoomInfo(
    tencentDefaults(roomId, ctx.caller, { maxMembers: ctx.packageMaxMembers, maxSeats: ctx.packageMaxSeats }),
  );
  return {
    SdkAppId: ctx.sdkAppId,
    ...defaults,
    ...given,
    RoomId: roomId,
    ScheduleStartTime: start,
    ScheduleEndTime: end,
    CreateTime: ctx.nowSeconds,
    ScheduleInviteeList_Account: invitees,
  } as StoredRoom;
}
