"use server";

import { requireRole } from "@/lib/server/auth/guard";
import { getApp } from "@/lib/server/app";
import { importMeeting, type ImportMeetingResult } from "@/lib/server/meetings/import-meeting";

/** Adds a room created elsewhere to the meetings index (TRTC get_room_info). Admins only. */
export async function importMeetingAction(input: unknown): Promise<ImportMeetingResult> {
  const actor = await requireRole("admin");
  return importMeeting(await getApp(), actor, input);
}
