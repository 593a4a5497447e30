import "server-only";
import { sql, type Kysely, type Migration } from "kysely";

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
export function rescheduleNewRoomIdsMigration(): Migration {
  return {
    async up(db: Kysely<unknown>) {
      // Unfinished reschedules are few at any moment: read them all and group here, in a stable order.
      const { rows } = await sql<{ new_room_id: string; intent_id: string }>`
        select new_room_id, intent_id from reschedules where status in ('creating', 'destroying')
        order by new_room_id, intent_id`.execute(db);
      const byRoom = new Map<string, string[]>();
      for (const r of rows) byRoom.set(r.new_room_id, [...(byRoom.get(r.new_room_id) ?? []), r.intent_id]);
      const shared = [...byRoom].filter(([, intents]) => intents.length > 1);
      if (shared.length > 0) {
        const listed = shared
          .map(([roomId, intents]) => `${roomId} (reschedules ${intents.join(", ")})`)
          .join("; ");
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
