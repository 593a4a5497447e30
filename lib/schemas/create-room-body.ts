import { zonedWallTimeToEpoch } from "@/lib/time/wall-time";
import type { CreateRoomBody, RoomSettingsWire, UpdateRoomBody } from "@/lib/trtc/wire";
import type { ScheduleMeetingValues, UpdateMeetingValues } from "./meeting";

type Settings = ScheduleMeetingValues["settings"];

const SETTING_WIRE_NAMES = {
  videoDisabled: "IsVideoDisabled",
  audioDisabled: "IsAudioDisabled",
  messagesDisabled: "IsMessageDisabled",
  screenSharingDisabled: "IsScreenSharingDisabled",
  cloudRecordingDisabled: "IsCloudRecordingDisabled",
} as const satisfies Record<keyof Settings, keyof RoomSettingsWire>;

const settingKeys = Object.keys(SETTING_WIRE_NAMES) as (keyof Settings)[];

/** Start and end in unix seconds. Throws if the values did not come through the schema. */
export function scheduleWindow(schedule: ScheduleMeetingValues["schedule"]): { start: number; end: number } {
  const result = zonedWallTimeToEpoch(schedule.date, schedule.time, schedule.timeZone);
  if (!result.ok) throw new Error(`Unvalidated schedule reached toCreateRoomBody: ${result.reason}`);
  return { start: result.epochSeconds, end: result.epochSeconds + schedule.durationMinutes * 60 };
}

/**
 * The create_room body exactly as Tencent spells it, with only what the admin set: an absent field gets
 * Tencent's default (RoomName → RoomId, owner → calling admin, MaxMemberCount → package limit). Switches are
 * sent only when on, because a new room starts with everything allowed.
 */
export function toCreateRoomBody(values: ScheduleMeetingValues): CreateRoomBody {
  const { start, end } = scheduleWindow(values.schedule);
  const switches: RoomSettingsWire = {};
  for (const key of settingKeys) if (values.settings[key]) switches[SETTING_WIRE_NAMES[key]] = true;
  const { seats } = values;
  return {
    RoomInfo: {
      RoomId: values.roomId,
      ...(values.roomName !== "" ? { RoomName: values.roomName } : {}),
      RoomType: "Conference",
      ...(values.owner !== "" ? { Owner_Account: values.owner } : {}),
      ...(values.maxMemberCount !== undefined ? { MaxMemberCount: values.maxMemberCount } : {}),
      ScheduleStartTime: start,
      ScheduleEndTime: end,
      ...switches,
      ...(values.customInfo !== "" ? { CustomInfo: values.customInfo } : {}),
      ...(seats.enabled
        ? { IsSeatEnabled: true, MaxSeatCount: seats.maxSeatCount, TakeSeatMode: seats.takeSeatMode }
        : {}),
    },
    ...(values.invitees.length > 0 ? { ScheduleInviteeList_Account: [...values.invitees] } : {}),
  };
}

/**
 * The update_room_info body. Unlike create, the switches go out as explicit booleans whenever settings are
 * given, because false here re-allows something that was muted. An empty RoomName is left out (a room always
 * has a name); an empty CustomInfo is sent, because clearing it is a real edit.
 */
export function toUpdateRoomBody(roomId: string, values: UpdateMeetingValues): UpdateRoomBody {
  const switches: RoomSettingsWire = {};
  if (values.settings)
    for (const key of settingKeys) switches[SETTING_WIRE_NAMES[key]] = values.settings[key];
  return {
    RoomInfo: {
      RoomId: roomId,
      ...(values.roomName ? { RoomName: values.roomName } : {}),
      ...(values.maxMemberCount !== undefined ? { MaxMemberCount: values.maxMemberCount } : {}),
      ...switches,
      ...(values.customInfo !== undefined ? { CustomInfo: values.customInfo } : {}),
      ...(values.takeSeatMode !== undefined ? { TakeSeatMode: values.takeSeatMode } : {}),
    },
  };
}
