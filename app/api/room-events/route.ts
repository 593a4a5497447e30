import { requireRole } from "@/lib/server/auth/guard";
import { parseEventSearch } from "@/lib/server/callbacks/event-search-params";
import { searchRoomEvents } from "@/lib/server/callbacks/search-events";
import { recordSupportAudit } from "@/lib/server/support/record-lookup";
import { getApp } from "@/lib/server/app";

/** Support's search over Tencent's events, by Room ID and account; recorded like every lookup. */
export async function GET(request: Request) {
  const actor = await requireRole("support");
  const search = parseEventSearch(new URL(request.url).searchParams);
  if (!search.ok) return Response.json({ error: search.error }, { status: 400 });
  const db = (await getApp()).db;
  await recordSupportAudit(db, actor, "support.lookup", { events: search.query });
  const events = await searchRoomEvents(db, { ...search.query, limit: 200 });
  return Response.json({ events }, { headers: { "cache-control": "no-store" } });
}
