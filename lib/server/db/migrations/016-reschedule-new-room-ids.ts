import "server-only";
import { sql, type Kysely, type Migration } from "kysely";
import type { Dialect } from "../dialect";

/**
 * One unfinished reschedule per new RoomId (docs/adr/0007-reschedule-as-one-story.md). The "is it held?"
 * check (room-id-held.ts) and the `reschedules` insert are two steps, so two moves onto the same date at
 * the same instant could both pass the check and both create that room; the index makes the second insert
 * fail, and recordReschedule reports it as the RoomId taken. `series_occurrences.room_id` needs no index
 * here: migration 014 declared it unique.
 *
 * A database where that race already happened holds two unfinished rows for one new RoomId, and the index
 * cannot be built. Rather than fail on the engine's bare "could not create unique index", the migration
 * names them: the version running now finishes both (its reconciler takes each once its lease runs out),
 * after which this one starts.
 */
export function rescheduleNewRoomIdsMigration(dialect: Dialect): Migration {
  return {
    async up(db: Kysely<unknown>) {
      const { rows } = await sql<{ new_room_id: string; intents: string }>`
        select new_room_id, ${sql.raw(INTENT_LIST[dialect])} as intents from reschedules
        where status in ('creating', 'destroying') group by new_room_id having count(*) > 1`.execute(db);
      if (rows.length > 0) {
        const listed = rows.map((r) => `${r.new_room_id} (reschedules ${r.intents})`).join("; ");
        throw new Error(
          `unfinished reschedules share a new Room ID: ${listed}. Let the version now running finish them, then start this one again.`,
        );
      }
      await sql`create unique index reschedules_one_unfinished_new_room on reschedules (new_room_id) where status in ('creating', 'destroying')`.execute(
        db,
      );
    },
  };
}

/** The intent ids of a group, comma-separated, in each engine's own aggregate. */
const INTENT_LIST: Record<Dialect, string> = {
  postgres: "string_agg(intent_id, ', ' order by intent_id)",
  sqlite: "group_concat(intent_id, ', ')",
};
