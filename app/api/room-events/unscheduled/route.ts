import { requireRole } from "@/lib/server/auth/guard";
import { unscheduledRooms } from "@/lib/server/callbacks/room-activity";
import { getApp } from "@/lib/server/app";

/** Rooms Tencent reported that Roomdesk did not schedule (created in the app or by another tool). */
export async function GET() {
  await requireRole("support");
  const rooms = await unscheduledRooms((await getApp()).db);
  return Response.json({ rooms }, { headers: { "cache-control": "no-store" } });
}
