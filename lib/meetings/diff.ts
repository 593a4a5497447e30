import type { UpdateMeetingValues } from "@/lib/schemas/meeting";
import { SWITCH_KEYS } from "@/lib/trtc/room-fields";
import type { FieldChange, MeetingSettings } from "./types";

/** What an edit would change, as the confirm step lists it and the server sends it. */

export interface EditableMeeting {
  roomName: string;
  settings: MeetingSettings;
}

/**
 * Only the groups that differ from the stored meeting, so update_room_info carries just the edit. An empty
 * max-members field means "keep": the API cannot go back to the package default.
 */
export function changedValues(current: EditableMeeting, next: UpdateMeetingValues): UpdateMeetingValues {
  const s = current.settings;
  const out: UpdateMeetingValues = {};
  if (next.roomName !== undefined && next.roomName !== "" && next.roomName !== current.roomName)
    out.roomName = next.roomName;
  if (next.maxMemberCount !== undefined && next.maxMemberCount !== s.maxMemberCount)
    out.maxMemberCount = next.maxMemberCount;
  if (next.settings && SWITCH_KEYS.some((k) => next.settings![k] !== s[k])) out.settings = next.settings;
  if (next.customInfo !== undefined && next.customInfo !== s.customInfo) out.customInfo = next.customInfo;
  if (s.seats.enabled && next.takeSeatMode !== undefined && next.takeSeatMode !== s.seats.takeSeatMode)
    out.takeSeatMode = next.takeSeatMode;
  return out;
}

/** One entry per changed field, in the table's order (lib/trtc/room-fields.ts): form path, old, new. */
export function describeChanges(current: EditableMeeting, next: UpdateMeetingValues): FieldChange[] {
  const c = changedValues(current, next);
  const s = current.settings;
  const out: FieldChange[] = [];
  if (c.roomName !== undefined) out.push({ field: "roomName", from: current.roomName, to: c.roomName });
  if (c.maxMemberCount !== undefined)
    out.push({ field: "maxMemberCount", from: s.maxMemberCount, to: c.maxMemberCount });
  for (const key of SWITCH_KEYS) {
    const to = c.settings?.[key];
    if (to !== undefined && to !== s[key]) out.push({ field: `settings.${key}`, from: s[key], to });
  }
  if (c.customInfo !== undefined) out.push({ field: "customInfo", from: s.customInfo, to: c.customInfo });
  if (c.takeSeatMode !== undefined && s.seats.enabled)
    out.push({ field: "takeSeatMode", from: s.seats.takeSeatMode, to: c.takeSeatMode });
  return out;
}

/** The stored settings after a successful update. */
export function applyChanges(current: MeetingSettings, c: UpdateMeetingValues): MeetingSettings {
  return {
    ...current,
    ...(c.settings ?? {}),
    maxMemberCount: c.maxMemberCount ?? current.maxMemberCount,
    customInfo: c.customInfo ?? current.customInfo,
    seats:
      current.seats.enabled && c.takeSeatMode
        ? { ...current.seats, takeSeatMode: c.takeSeatMode }
        : current.seats,
  };
}
