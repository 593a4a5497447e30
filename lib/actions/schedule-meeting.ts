"use server";

import { requireRole } from "@/lib/server/auth/guard";
import { scheduleMeeting, type ScheduleMeetingResult } from "@/lib/server/meetings/schedule-meeting";

/** Schedules a meeting (TRTC create_room). Admins only; the input is re-validated on the server. */
export async function scheduleMeetingAction(input: unknown): Promise<ScheduleMeetingResult> {
  const actor = await requireRole("admin");
  return scheduleMeeting(actor, input);
}
