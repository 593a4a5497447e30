import { buildMeetingIcs } from "@/lib/calendar/ics";
import { requestTranslator } from "@/lib/i18n/request-locale";
import { roomIdParam, roomIdParamProblem } from "@/lib/meetings/room-param";
import { requireRole } from "@/lib/server/auth/guard";
import { getConfig } from "@/lib/server/config";
import { getCalendarMeeting } from "@/lib/server/meetings/get-meeting";
import { getApp } from "@/lib/server/app";

export async function GET(_request: Request, { params }: { params: Promise<{ roomId: string }> }) {
  await requireRole("support");
  const roomId = roomIdParam((await params).roomId);
  const problem = roomIdParamProblem(roomId);
  if (problem) return Response.json({ error: problem }, { status: 400 });
  const m = await getCalendarMeeting((await getApp()).db, roomId, Math.floor(Date.now() / 1000));
  if (!m) return Response.json({ error: "No such meeting in Roomdesk." }, { status: 404 });
  const cancelled = m.phase === "cancelled";
  const ics = buildMeetingIcs({
    roomId: m.roomId,
    name: m.roomName,
    start: m.start,
    end: m.end,
    timeZone: m.timeZone,
    sequence: m.sequence,
    uid: m.calendarUid,
    cancelled,
    owner: m.owner,
    adminUserId: getConfig().trtc.adminUserId,
    invitees: m.invitees,
    // The words an invitee reads in their calendar, in the language of whoever downloads the file.
    description: (await requestTranslator())("calendar.description", { roomId: m.roomId }),
  });
  const filename = `${m.roomId.replace(/[^A-Za-z0-9_-]/g, "_")}.ics`;
  return new Response(ics, {
    headers: {
      "content-type": `text/calendar; charset=utf-8; method=${cancelled ? "CANCEL" : "REQUEST"}`,
      "content-disposition": `attachment; filename="${filename}"`,
      "cache-control": "no-store",
    },
  });
}
