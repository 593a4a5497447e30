import "server-only";
import { failureSentence } from "@/lib/i18n/describe-failure";
import { requestTranslator } from "@/lib/i18n/request-locale";
import { roomIdParam, roomIdParamProblem } from "@/lib/meetings/room-param";
import { getApp } from "../app";
import { findMeetingRow } from "../meetings/meeting-rows";
import type { Read, PeopleReadDeps } from "./reads";

/**
 * The People and Seats tabs' JSON reads, after the route's own guard (support and administrators): indexed meetings only (so these
 * routes cannot probe arbitrary RoomIds), never cached. A read Tencent refused comes back as 502 with the
 * sentence and its RequestId, which the tab shows in place of the list.
 */
export async function peopleRead<T>(
  params: Promise<{ roomId: string }>,
  read: (deps: PeopleReadDeps, roomId: string) => Promise<Read<T>>,
): Promise<Response> {
  const roomId = roomIdParam((await params).roomId);
  const problem = roomIdParamProblem(roomId);
  if (problem) return Response.json({ error: problem }, { status: 400 });
  const deps = await getApp();
  if (!(await findMeetingRow(deps.db, roomId)))
    return Response.json({ error: "No such meeting in Roomdesk." }, { status: 404 });
  const r = await read(deps, roomId);
  const headers = { "cache-control": "no-store" };
  if (r.ok) return Response.json(r.value, { headers });
  const t = await requestTranslator();
  return Response.json(
    { error: failureSentence(t, r.failure), requestId: r.failure.requestId },
    { status: 502, headers },
  );
}
