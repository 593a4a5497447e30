import "server-only";
import type { Kysely, Migration } from "kysely";

/**
 * One row per scheduling intent (a form submission, however often it is resent), written before the
 * first attempt: the RoomId is fixed here, so retries, double clicks and other instances reuse it.
 */
export function scheduleIntentsMigration(): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable("schedule_intents")
        .addColumn("intent_id", "text", (c) => c.primaryKey())
        .addColumn("room_id", "text", (c) => c.notNull())
        .addColumn("actor_id", "text", (c) => c.notNull())
        .addColumn("body_hash", "text", (c) => c.notNull())
        .addColumn("status", "text", (c) => c.notNull())
        .addColumn("outcome", "text")
        .addColumn("created_at", "text", (c) => c.notNull())
        .addColumn("updated_at", "text", (c) => c.notNull())
        .execute();
      await db.schema.createIndex("schedule_intents_room").on("schedule_intents").column("room_id").execute();
    },
  };
}
