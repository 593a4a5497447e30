import "server-only";
import type { Db } from "../db";

/**
 * Whether a RoomId is spoken for outside the meetings index, so no new room may take it: a series
 * occurrence names it (a day left out or a cancelled occurrence keeps its RoomId, and a live room under it
 * would be listed, and left out of the calendar, as that day).
 */
export async function roomIdHeld(db: Db, roomId: string): Promise<boolean> {
  const occurrence = await db.kysely
    .selectFrom("series_occurrences")
    .select("room_id")
    .where("room_id", "=", roomId)
    .executeTakeFirst();
  return occurrence !== undefined;
}
