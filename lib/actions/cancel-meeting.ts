"use server";

import { requireRole } from "@/lib/server/auth/guard";
import { cancelMeeting, type CancelMeetingResult } from "@/lib/server/meetings/cancel-meeting";
import { meetingDeps } from "@/lib/server/meetings/deps";

/** Cancels a meeting (TRTC destroy_room) once the admin has typed its name. Admins only. */
export async function cancelMeetingAction(input: unknown): Promise<CancelMeetingResult> {
  const actor = await requireRole("admin");
  return cancelMeeting(await meetingDeps(), actor, input);
}
