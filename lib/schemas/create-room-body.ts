import { resolveWallTime } from "@/lib/time/wall-time";
import { INVITEES_FIELD, SWITCH_KEYS, toRoomInfo, type RoomFieldValues } from "@/lib/trtc/room-fields";
import type { CreateRoomBody, UpdateRoomBody } from "@/lib/trtc/wire";
import type { ScheduleMeetingValues, UpdateMeetingValues } from "./meeting";

/**
 * Start and end in unix seconds. Throws if the values did not come through the schema. `startAt` names the
 * instant outright, for a wall time that happens twice (a series occurrence whose later happening was chosen).
 */
export function scheduleWindow(
  schedule: ScheduleMeetingValues["schedule"],
  startAt?: number,
): { start: number; end: number } {
  if (startAt !== undefined) return { start: startAt, end: startAt + schedule.durationMinutes * 60 };
  const { date, time, timeZone, occurrence } = schedule;
  const result = resolveWallTime(date, time, timeZone, occurrence);
  if (!result.ok) throw new Error(`Unvalidated schedule reached toCreateRoomBody: ${result.reason}`);
  return { start: result.epochSeconds, end: result.epochSeconds + schedule.durationMinutes * 60 };
}

/**
 * The create_room body exactly as Tencent spells it (the room-field table names each field), with only
 * what the admin set: an absent field gets Tencent's default (RoomName → RoomId, owner → calling admin,
 * MaxMemberCount → package limit). Switches are sent only when on, because a new room starts with
 * everything allowed.
 */
export function toCreateRoomBody(values: ScheduleMeetingValues, startAt?: number): CreateRoomBody {
  const { start, end } = scheduleWindow(values.schedule, startAt);
  const { seats } = values;
  const room: Partial<RoomFieldValues> = {
    roomId: values.roomId,
    roomType: "Conference",
    ...(values.roomName !== "" ? { roomName: values.roomName } : {}),
    ...(values.owner !== "" ? { owner: values.owner } : {}),
    maxMemberCount: values.maxMemberCount,
    start,
    end,
    ...Object.fromEntries(SWITCH_KEYS.filter((k) => values.settings[k]).map((k) => [k, true])),
    ...(values.customInfo !== "" ? { customInfo: values.customInfo } : {}),
    ...(seats.enabled
      ? { seatsEnabled: true, maxSeatCount: seats.maxSeatCount, takeSeatMode: seats.takeSeatMode }
      : {}),
  };
  return {
    RoomInfo: toRoomInfo(room) as CreateRoomBody["RoomInfo"],
    ...(values.invitees.length > 0 ? { [INVITEES_FIELD.wire]: [...values.invitees] } : {}),
  };
}

/**
 * The update_room_info body. Unlike create, the switches go out as explicit booleans whenever settings are
 * given, because false here re-allows something that was muted. An empty RoomName is left out (a room always
 * has a name); an empty CustomInfo is sent, because clearing it is a real edit.
 */
export function toUpdateRoomBody(roomId: string, values: UpdateMeetingValues): UpdateRoomBody {
  const room: Partial<RoomFieldValues> = {
    roomId,
    ...(values.roomName ? { roomName: values.roomName } : {}),
    maxMemberCount: values.maxMemberCount,
    ...(values.settings ? Object.fromEntries(SWITCH_KEYS.map((k) => [k, values.settings![k]])) : {}),
    customInfo: values.customInfo,
    takeSeatMode: values.takeSeatMode,
  };
  return { RoomInfo: toRoomInfo(room) as UpdateRoomBody["RoomInfo"] };
}
