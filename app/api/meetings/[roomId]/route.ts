import { roomIdParam, roomIdParamProblem } from "@/lib/meetings/room-param";
import { requireRole } from "@/lib/server/auth/guard";
import { getMeetingDetail } from "@/lib/server/meetings/get-meeting";
import { getApp } from "@/lib/server/app";

export async function GET(_request: Request, { params }: { params: Promise<{ roomId: string }> }) {
  await requireRole("support");
  const roomId = roomIdParam((await params).roomId);
  const problem = roomIdParamProblem(roomId);
  if (problem) return Response.json({ error: problem }, { status: 400 });
  const detail = await getMeetingDetail((await getApp()).db, roomId, Math.floor(Date.now() / 1000));
  if (!detail) return Response.json({ error: "No such meeting in Roomdesk." }, { status: 404 });
  return Response.json(detail, { headers: { "cache-control": "no-store" } });
}
