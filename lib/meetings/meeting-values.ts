import type { ScheduleMeetingValues } from "@/lib/schemas/meeting";
import { SWITCH_KEYS } from "@/lib/trtc/room-fields";
import { ROOM_LIMITS, utf8Bytes } from "@/lib/trtc/limits";
import type { MeetingSettings } from "./types";

/** What a stored meeting was scheduled with, apart from its RoomId and its time. */
export type MeetingFormSettings = Omit<ScheduleMeetingValues, "roomId" | "schedule">;

/**
 * A stored meeting back in the schedule form's terms: every setting and invitee, as a reschedule's new
 * room is created with and as Duplicate prefills the form. A name Tencent defaulted to the RoomId is left
 * empty, so the new room is named after its own RoomId in turn.
 */
export function meetingFormSettings(m: {
  roomId: string;
  roomName: string;
  owner: string | null;
  invitees: readonly string[];
  settings: MeetingSettings;
}): MeetingFormSettings {
  const { maxMemberCount, seats, customInfo } = m.settings;
  return {
    roomName: m.roomName === m.roomId ? "" : m.roomName,
    owner: m.owner ?? "",
    invitees: [...m.invitees],
    settings: Object.fromEntries(
      SWITCH_KEYS.map((k) => [k, m.settings[k] === true]),
    ) as MeetingFormSettings["settings"],
    maxMemberCount: maxMemberCount ?? undefined,
    seats: seats.enabled
      ? { enabled: true, maxSeatCount: seats.maxSeatCount, takeSeatMode: seats.takeSeatMode }
      : { enabled: false },
    customInfo,
  };
}

/**
 * The RoomId a reschedule suggests for the new room: the old one with a `-rN` suffix one above the old
 * one's own (`standup` → `standup-r2` → `standup-r3`), cut so the whole stays within Tencent's byte limit.
 */
export function rescheduledRoomId(oldRoomId: string): string {
  const match = /^(.*)-r(\d{1,6})$/.exec(oldRoomId);
  const base = match ? match[1]! : oldRoomId;
  const suffix = `-r${match ? Number(match[2]) + 1 : 2}`;
  let cut = "";
  for (const ch of base) {
    if (utf8Bytes(cut + ch) + suffix.length > ROOM_LIMITS.roomIdMaxBytes) break;
    cut += ch;
  }
  return cut + suffix;
}
