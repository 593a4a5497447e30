import { requireRole } from "@/lib/server/auth/guard";
import { listMeetings } from "@/lib/server/meetings/list-meetings";
import { parseListParams } from "@/lib/server/meetings/list-params";
import { getApp } from "@/lib/server/app";

export async function GET(request: Request) {
  await requireRole("support");
  const query = parseListParams(new URL(request.url).searchParams, Math.floor(Date.now() / 1000));
  const page = await listMeetings((await getApp()).db, query);
  return Response.json(page, { headers: { "cache-control": "no-store" } });
}
