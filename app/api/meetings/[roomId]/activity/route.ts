import { roomIdParam, roomIdParamProblem } from "@/lib/meetings/room-param";
import { requireRole } from "@/lib/server/auth/guard";
import { roomActivity } from "@/lib/server/callbacks/room-activity";
import { getApp } from "@/lib/server/app";

/** What Tencent's callbacks told about the room: events, attendance, lifecycle, seat history. */
export async function GET(_request: Request, { params }: { params: Promise<{ roomId: string }> }) {
  await requireRole("support");
  const roomId = roomIdParam((await params).roomId);
  const problem = roomIdParamProblem(roomId);
  if (problem) return Response.json({ error: problem }, { status: 400 });
  const app = await getApp();
  const activity = await roomActivity(app.db, roomId, { nowMs: app.now(), adminUserId: app.adminUserId });
  return Response.json(activity, { headers: { "cache-control": "no-store" } });
}
