import "server-only";
import type { LiveRoom } from "@/lib/meetings/types";
import { fromRoomInfo } from "@/lib/trtc/room-fields";
import type { AuditActor } from "../audit/record";
import { auditedTrtc } from "../audit/audited-trtc";
import type { MeetingDeps } from "./deps";

export const ROOM_GONE = 100004;

/** get_room_info for the detail page, audited as `room.get` like every upstream call. */
export async function fetchLiveRoom(deps: MeetingDeps, actor: AuditActor, roomId: string): Promise<LiveRoom> {
  const result = await auditedTrtc(deps, { actor }).run(
    "get_room_info",
    { RoomId: roomId },
    { action: "room.get" },
  );
  if (result.ok) {
    const info = result.response.RoomInfo;
    return {
      state: "found",
      requestId: result.requestId,
      roomStatus: info.RoomStatus ?? null,
      memberCount: info.MemberCount ?? null,
      roomName: fromRoomInfo(info).roomName ?? null,
    };
  }
  if (result.error.code === ROOM_GONE) return { state: "gone", requestId: result.requestId };
  return { state: "error", requestId: result.requestId, failure: result.error.toFailure() };
}
