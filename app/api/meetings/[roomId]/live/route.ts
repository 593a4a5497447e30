import { roomIdParam, roomIdParamProblem } from "@/lib/meetings/room-param";
import { requireRole } from "@/lib/server/auth/guard";
import { getApp } from "@/lib/server/app";
import { findMeetingRow } from "@/lib/server/meetings/meeting-rows";
import { fetchLiveRoom } from "@/lib/server/meetings/live-room";

/** Asks Tencent (get_room_info) about an indexed meeting; each call is one `room.get` audit row. */
export async function GET(_request: Request, { params }: { params: Promise<{ roomId: string }> }) {
  const actor = await requireRole("support");
  const roomId = roomIdParam((await params).roomId);
  const problem = roomIdParamProblem(roomId);
  if (problem) return Response.json({ error: problem }, { status: 400 });
  const deps = await getApp();
  // Only rooms in the index: this endpoint must not become a way to probe arbitrary RoomIds.
  if (!(await findMeetingRow(deps.db, roomId)))
    return Response.json({ error: "No such meeting in Roomdesk." }, { status: 404 });
  const live = await fetchLiveRoom(deps, actor, roomId);
  return Response.json(live, { headers: { "cache-control": "no-store" } });
}
