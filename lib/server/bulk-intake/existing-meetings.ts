import "server-only";
import type { CheckedRow } from "@/lib/bulk/check-rows";
import { nameAndStartKey, type ExistingMeetings } from "@/lib/bulk/duplicates";
import type { Db } from "../db";

// Keeps every IN list well under both engines' bound-parameter limits (SQLite's 32,766, PostgreSQL's 65,535).
const CHUNK = 500;

function chunks<T>(items: readonly T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += CHUNK) out.push(items.slice(i, i + CHUNK));
  return out;
}

/**
 * The meetings, scheduling intents and series the sheet's rows would collide with: the same Room ID (a
 * meeting, an intent not yet settled, or a series' day), or the same name at the same start. Read by primary key and by the
 * (status, start_time) index, so a 5,000-row sheet costs a few indexed queries whatever the index holds.
 */
export async function findExistingMeetings(db: Db, rows: readonly CheckedRow[]): Promise<ExistingMeetings> {
  const valid = rows.filter((r) => r.values !== null);
  const roomIds = [...new Set(valid.map((r) => r.values!.roomId))];
  const starts = [...new Set(valid.map((r) => r.start).filter((s): s is number => s !== null))];
  const byRoomId = new Map<string, string | null>();
  const bySeries = new Map<string, string>();
  const byNameAndStart = new Map<string, string>();

  for (const ids of chunks(roomIds)) {
    const intents = await db.kysely
      .selectFrom("schedule_intents")
      .select("room_id")
      .where("room_id", "in", ids)
      .execute();
    for (const { room_id } of intents) byRoomId.set(room_id, null);
    const meetings = await db.kysely
      .selectFrom("meetings")
      .select(["room_id", "room_name"])
      .where("room_id", "in", ids)
      .execute();
    for (const { room_id, room_name } of meetings) byRoomId.set(room_id, room_name);
    // A series keeps every day's RoomId, a day left out or cancelled included (room-id-held.ts).
    const kept = await db.kysely
      .selectFrom("series_occurrences")
      .innerJoin("meeting_series", "meeting_series.series_id", "series_occurrences.series_id")
      .select(["series_occurrences.room_id", "meeting_series.name"])
      .where("series_occurrences.room_id", "in", ids)
      .execute();
    for (const { room_id, name } of kept) bySeries.set(room_id, name);
  }
  for (const someStarts of chunks(starts)) {
    const meetings = await db.kysely
      .selectFrom("meetings")
      .select(["room_id", "room_name", "start_time"])
      .where("status", "=", "scheduled")
      .where("start_time", "in", someStarts)
      .execute();
    for (const m of meetings)
      byNameAndStart.set(nameAndStartKey(m.room_name, Number(m.start_time)), m.room_id);
  }
  return { byRoomId, bySeries, byNameAndStart };
}
