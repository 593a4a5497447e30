import type { TrtcRoomInfo } from "../trtc";
import type { CreateRoomBody } from "@/lib/trtc/wire";

/**
 * After an ambiguous create, the room Tencent holds is ours only if it carries what we sent (with Tencent's
 * defaults for what we left out). Returns the wire names that differ; empty means "ours".
 */
export function roomMismatches(room: TrtcRoomInfo, body: CreateRoomBody, adminUserId: string): string[] {
  const sent = body.RoomInfo;
  const expected: Record<string, unknown> = {
    RoomName: sent.RoomName ?? sent.RoomId,
    Owner_Account: sent.Owner_Account ?? adminUserId,
    ScheduleStartTime: sent.ScheduleStartTime,
    ScheduleEndTime: sent.ScheduleEndTime,
    MaxMemberCount: sent.MaxMemberCount,
    IsVideoDisabled: sent.IsVideoDisabled ?? false,
    IsAudioDisabled: sent.IsAudioDisabled ?? false,
    IsMessageDisabled: sent.IsMessageDisabled ?? false,
    IsScreenSharingDisabled: sent.IsScreenSharingDisabled ?? false,
    IsCloudRecordingDisabled: sent.IsCloudRecordingDisabled ?? false,
    CustomInfo: sent.CustomInfo ?? "",
    IsSeatEnabled: sent.IsSeatEnabled ?? false,
    ...(sent.IsSeatEnabled ? { MaxSeatCount: sent.MaxSeatCount, TakeSeatMode: sent.TakeSeatMode } : {}),
  };
  const actual = room as Record<string, unknown>;
  return Object.entries(expected)
    .filter(([key, want]) => want !== undefined && actual[key] !== undefined && actual[key] !== want)
    .map(([key]) => key);
}
