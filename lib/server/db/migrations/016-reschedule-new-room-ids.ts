import "server-only";
import { sql, type Kysely, type Migration } from "kysely";

/**
 * One unfinished reschedule per new RoomId (docs/adr/0007-reschedule-as-one-story.md). The "is it held?"
 * check (room-id-held.ts) and the `reschedules` insert are two steps, so two moves onto the same date at
 * the same instant could both pass the check and both create that room; the index makes the second insert
 * fail, and recordReschedule reports it as the RoomId taken. `series_occurrences.room_id` needs no index
 * here: migration 014 declared it unique.
 */
export function rescheduleNewRoomIdsMigration(): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await sql`create unique index reschedules_one_unfinished_new_room on reschedules (new_room_id) where status in ('creating', 'destroying')`.execute(
        db,
      );
    },
  };
}
