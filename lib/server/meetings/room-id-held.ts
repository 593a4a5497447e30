import "server-only";
import type { Db } from "../db";

/**
 * Whether a RoomId is spoken for outside the meetings index, so no new room may take it: a series
 * occurrence names it (a day left out or a cancelled occurrence keeps its RoomId), or a create of it is
 * still unconfirmed (a scheduling intent pending or unknown, or a reschedule not finished), whose room
 * Tencent may already hold and which the meetings index lists only once confirmed.
 */
export async function roomIdHeld(db: Db, roomId: string): Promise<boolean> {
  const [occurrence, intent, reschedule] = await Promise.all([
    db.kysely
      .selectFrom("series_occurrences")
      .select("room_id")
      .where("room_id", "=", roomId)
      .executeTakeFirst(),
    db.kysely
      .selectFrom("schedule_intents")
      .select("intent_id")
      .where("room_id", "=", roomId)
      .where("status", "in", ["pending", "unknown"])
      .executeTakeFirst(),
    db.kysely
      .selectFrom("reschedules")
      .select("intent_id")
      .where("new_room_id", "=", roomId)
      .where("status", "in", ["creating", "destroying"])
      .executeTakeFirst(),
  ]);
  return occurrence !== undefined || intent !== undefined || reschedule !== undefined;
}
