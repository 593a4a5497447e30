"use server";

import { requireRole } from "@/lib/server/auth/guard";
import { cancelMeeting, type CancelMeetingResult } from "@/lib/server/meetings/cancel-meeting";
import { getApp } from "@/lib/server/app";

/** Cancels a meeting (TRTC destroy_room) once the admin has typed its name. Admins only. */
export async function cancelMeetingAction(input: unknown): Promise<CancelMeetingResult> {
  const actor = await requireRole("admin");
  return cancelMeeting(await getApp(), actor, input);
}
