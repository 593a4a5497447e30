"use server";

import { requireRole } from "@/lib/server/auth/guard";
import { getApp } from "@/lib/server/app";
import { updateMeeting, type UpdateMeetingResult } from "@/lib/server/meetings/update-meeting";

/** Changes what update_room_info allows on one meeting. Admins only; input re-validated on the server. */
export async function updateMeetingAction(roomId: unknown, input: unknown): Promise<UpdateMeetingResult> {
  const actor = await requireRole("admin");
  return updateMeeting(await getApp(), actor, roomId, input);
}
