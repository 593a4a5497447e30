import "server-only";
import { sql, type Kysely, type Migration } from "kysely";

/**
 * Rescheduling (docs/adr/0007-reschedule-as-one-story.md). Tencent cannot move a room's time, so a reschedule
 * creates a new room and destroys the old one; `reschedules` records it before any call, with the step it
 * reached, so whichever instance holds its lease (or the reconciler, once the lease runs out) finishes it.
 * Its `intent_id` is also the scheduling intent of the new room and the audit log's intent id of every
 * call and event of the story.
 *
 * `meetings.calendar_uid`: the iCalendar UID a rescheduled meeting keeps from the meeting it replaces, so
 * calendars move the invitation instead of adding a second one; null means the room's own UID.
 */
export function reschedulesMigration(): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable("reschedules")
        .addColumn("intent_id", "text", (c) => c.primaryKey())
        .addColumn("old_room_id", "text", (c) => c.notNull())
        .addColumn("new_room_id", "text", (c) => c.notNull())
        .addColumn("actor_id", "text", (c) => c.notNull())
        .addColumn("actor_role", "text", (c) => c.notNull())
        .addColumn("status", "text", (c) => c.notNull())
        .addColumn("outcome", "text")
        .addColumn("lease_owner", "text")
        .addColumn("lease_until", "text")
        .addColumn("created_at", "text", (c) => c.notNull())
        .addColumn("updated_at", "text", (c) => c.notNull())
        .execute();
      // The reconciler's walk (unfinished, lease run out) and "is this meeting being rescheduled?".
      await db.schema
        .createIndex("reschedules_status_lease")
        .on("reschedules")
        .columns(["status", "lease_until"])
        .execute();
      // One unfinished reschedule per meeting: a second press, tab or instance cannot start another.
      await sql`create unique index reschedules_one_unfinished on reschedules (old_room_id) where status in ('creating', 'destroying')`.execute(
        db,
      );
      await db.schema.alterTable("meetings").addColumn("calendar_uid", "text").execute();
    },
  };
}
