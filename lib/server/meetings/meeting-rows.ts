import "server-only";
import type { Selectable } from "kysely";
import type { MeetingPhase, MeetingSummary } from "@/lib/meetings/types";
import type { Db } from "../db";
import type { MeetingSettings, MeetingsTable } from "../db/schema";

export type MeetingRow = Selectable<MeetingsTable>;

export function phaseOf(
  row: Pick<MeetingRow, "status" | "start_time" | "end_time">,
  nowSeconds: number,
): MeetingPhase {
  if (row.status === "cancelled") return "cancelled";
  if (nowSeconds < row.start_time) return "upcoming";
  return nowSeconds < row.end_time ? "live" : "ended";
}

export const parseSettings = (row: MeetingRow) => JSON.parse(row.settings) as MeetingSettings;

export function toSummary(row: MeetingRow, invitees: string[], nowSeconds: number): MeetingSummary {
  return {
    roomId: row.room_id,
    roomName: row.room_name,
    owner: row.owner_account,
    // Postgres returns integer columns as numbers here, but be explicit: bigint text would break sorting.
    start: Number(row.start_time),
    end: Number(row.end_time),
    timeZone: row.time_zone,
    phase: phaseOf(row, nowSeconds),
    source: row.source,
    invitees,
  };
}

/** Invitees of several meetings in one query, in their scheduled order. */
export async function inviteesOf(db: Db, roomIds: string[]): Promise<Map<string, string[]>> {
  const map = new Map<string, string[]>(roomIds.map((id) => [id, []]));
  if (roomIds.length === 0) return map;
  const rows = await db.kysely
    .selectFrom("meeting_invitees")
    .select(["room_id", "user_id"])
    .where("room_id", "in", roomIds)
    .orderBy("room_id")
    .orderBy("position")
    .execute();
  for (const r of rows) map.get(r.room_id)?.push(r.user_id);
  return map;
}

/** Whether the index holds a meeting for this Room ID (one indexed lookup, nothing else read). */
export async function meetingExists(db: Db, roomId: string): Promise<boolean> {
  const row = await db.kysely
    .selectFrom("meetings")
    .select("room_id")
    .where("room_id", "=", roomId)
    .executeTakeFirst();
  return row !== undefined;
}

export function findMeetingRow(db: Db, roomId: string): Promise<MeetingRow | undefined> {
  return db.kysely.selectFrom("meetings").selectAll().where("room_id", "=", roomId).executeTakeFirst();
}
