import "server-only";
import type { Db } from "../db";

/**
 * Whether a RoomId is spoken for outside the meetings index, so no new room may take it: a series
 * occurrence names it (a day left out or a cancelled occurrence keeps its RoomId), or a create of it is
 * still unconfirmed (a scheduling intent pending or unknown, or a reschedule not finished), whose room
 * Tencent may already hold and which the meetings index lists only once confirmed.
 */
export async function roomIdHeld(db: Db, roomId: string): Promise<boolean> {
  return (await firstHeldRoomId(db, [roomId])) !== null;
}

/**
 * The first of `roomIds` (in their order) held as roomIdHeld says, or null: one query per table whatever
 * their number, for a series that names up to 51 RoomIds at once (and for one RoomId, roomIdHeld).
 */
export async function firstHeldRoomId(db: Db, roomIds: readonly string[]): Promise<string | null> {
  if (roomIds.length === 0) return null;
  const [occurrences, intents, reschedules] = await Promise.all([
    db.kysely.selectFrom("series_occurrences").select("room_id").where("room_id", "in", roomIds).execute(),
    db.kysely
      .selectFrom("schedule_intents")
      .select("room_id")
      .where("room_id", "in", roomIds)
      .where("status", "in", ["pending", "unknown"])
      .execute(),
    db.kysely
      .selectFrom("reschedules")
      .select("new_room_id as room_id")
      .where("new_room_id", "in", roomIds)
      .where("status", "in", ["creating", "destroying"])
      .execute(),
  ]);
  const held = new Set([...occurrences, ...intents, ...reschedules].map((r) => r.room_id));
  return roomIds.find((id) => held.has(id)) ?? null;
}
