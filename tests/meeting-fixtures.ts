import type { Db } from "@/lib/server/db";
import type { MeetingSettings } from "@/lib/server/db/schema";
import { SWITCHES_OFF } from "@/lib/trtc/room-fields";

/** Puts a meeting straight into the index, as the scheduling flow would have. */

export const DEFAULT_SETTINGS: MeetingSettings = {
  ...SWITCHES_OFF,
  maxMemberCount: null,
  seats: { enabled: false },
  customInfo: "",
};

export interface SeedMeeting {
  roomId: string;
  name?: string;
  start: number;
  end?: number;
  timeZone?: string;
  owner?: string | null;
  invitees?: string[];
  status?: "scheduled" | "cancelled";
  settings?: MeetingSettings;
}

export async function seedMeeting(db: Db, m: SeedMeeting): Promise<void> {
  const now = new Date().toISOString();
  await db.kysely
    .insertInto("meetings")
    .values({
      room_id: m.roomId,
      room_name: m.name ?? m.roomId,
      owner_account: m.owner ?? null,
      start_time: m.start,
      end_time: m.end ?? m.start + 1800,
      time_zone: m.timeZone ?? "UTC",
      settings: JSON.stringify(m.settings ?? DEFAULT_SETTINGS),
      status: m.status ?? "scheduled",
      source: "scheduled",
      created_by: "test",
      create_request_id: null,
      created_at: now,
      updated_at: now,
    })
    .execute();
  const invitees = m.invitees ?? [];
  if (invitees.length > 0)
    await db.kysely
      .insertInto("meeting_invitees")
      .values(invitees.map((user_id, position) => ({ room_id: m.roomId, user_id, position })))
      .execute();
}
