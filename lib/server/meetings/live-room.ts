import "server-only";
import type { LiveRoom } from "@/lib/meetings/types";
import type { Actor } from "../auth/guard";
import { auditedTrtc } from "../audit/audited-trtc";
import { describeFailure } from "./describe-failure";
import type { MeetingDeps } from "./deps";

export const ROOM_GONE = 100004;

/** get_room_info for the detail page, audited as `room.get` like every upstream call. */
export async function fetchLiveRoom(deps: MeetingDeps, actor: Actor, roomId: string): Promise<LiveRoom> {
  const result = await auditedTrtc(deps, { actor }).run(
    "get_room_info",
    { RoomId: roomId },
    { action: "room.get" },
  );
  if (result.ok) {
    const info = result.response;
    return {
      state: "found",
      requestId: result.requestId,
      roomStatus: info.RoomStatus ?? null,
      memberCount: info.MemberCount ?? null,
      roomName: info.RoomName ?? null,
    };
  }
  if (result.error.code === ROOM_GONE) {
    return {
      state: "gone",
      requestId: result.requestId,
      message:
        "Tencent says this room does not exist (error 100004): it was destroyed, reclaimed after it ended, or never created.",
    };
  }
  const failure = describeFailure(result.error);
  return {
    state: "error",
    requestId: result.requestId,
    message: failure.error?.message ?? "Tencent could not be asked.",
    code: result.error.kind === "upstream" ? result.error.code : null,
  };
}
