import { roomIdParam, roomIdParamProblem } from "@/lib/meetings/room-param";
import { requireRole } from "@/lib/server/auth/guard";
import { attendanceCsv } from "@/lib/server/callbacks/attendance-csv";
import { recordSupportAudit } from "@/lib/server/support/record-lookup";
import { roomActivity } from "@/lib/server/callbacks/room-activity";
import { getApp } from "@/lib/server/app";

/** Attendance as CSV; the export is on record like every other read of the trail. */
export async function GET(_request: Request, { params }: { params: Promise<{ roomId: string }> }) {
  const actor = await requireRole("support");
  const roomId = roomIdParam((await params).roomId);
  const problem = roomIdParamProblem(roomId);
  if (problem) return Response.json({ error: problem }, { status: 400 });
  const app = await getApp();
  await recordSupportAudit(app.db, actor, "support.export", { attendance: roomId });
  const { attendance } = await roomActivity(app.db, roomId, {
    nowMs: app.now(),
    adminUserId: app.adminUserId,
  });
  const safeName = roomId.replace(/[^A-Za-z0-9_-]/g, "_");
  return new Response(attendanceCsv(attendance), {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="attendance-${safeName}.csv"`,
      "cache-control": "no-store",
      "x-content-type-options": "nosniff",
    },
  });
}
