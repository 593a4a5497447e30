import "server-only";
import { meetingFormSettings, type MeetingFormSettings } from "@/lib/meetings/meeting-values";
import type { Db } from "../db";
import { findMeetingRow, inviteesOf, parseSettings } from "./meeting-rows";

/** What Duplicate prefills the schedule form with: every setting and invitee; null when not indexed. */
export async function meetingToCopy(
  db: Db,
  roomId: string,
): Promise<{ roomName: string; values: MeetingFormSettings } | null> {
  const row = await findMeetingRow(db, roomId);
  if (!row) return null;
  const invitees = (await inviteesOf(db, [roomId])).get(roomId) ?? [];
  const values = meetingFormSettings({
    roomId: row.room_id,
    roomName: row.room_name,
    owner: row.owner_account,
    invitees,
    settings: parseSettings(row),
  });
  return { roomName: row.room_name, values };
}
