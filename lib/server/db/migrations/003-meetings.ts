import "server-only";
import type { Kysely, Migration } from "kysely";

/**
 * TRTC has no "list rooms" call and stores only unix seconds, so Roomdesk keeps its own index of the
 * meetings it scheduled, with the zone they were planned in. Invitees get their own table so
 * "find by invitee" is an indexed lookup.
 */
export function meetingsMigration(): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable("meetings")
        .addColumn("room_id", "text", (c) => c.primaryKey())
        .addColumn("room_name", "text", (c) => c.notNull())
        .addColumn("owner_account", "text")
        .addColumn("start_time", "integer", (c) => c.notNull())
        .addColumn("end_time", "integer", (c) => c.notNull())
        .addColumn("time_zone", "text", (c) => c.notNull())
        .addColumn("settings", "text", (c) => c.notNull())
        .addColumn("status", "text", (c) => c.notNull())
        .addColumn("source", "text", (c) => c.notNull())
        .addColumn("created_by", "text", (c) => c.notNull())
        .addColumn("create_request_id", "text")
        .addColumn("sequence", "integer", (c) => c.notNull().defaultTo(0))
        .addColumn("created_at", "text", (c) => c.notNull())
        .addColumn("updated_at", "text", (c) => c.notNull())
        .addColumn("cancelled_at", "text")
        .addColumn("cancel_note", "text")
        .execute();
      await db.schema
        .createIndex("meetings_status_start")
        .on("meetings")
        .columns(["status", "start_time", "room_id"])
        .execute();
      await db.schema
        .createTable("meeting_invitees")
        .addColumn("room_id", "text", (c) => c.notNull().references("meetings.room_id"))
        .addColumn("user_id", "text", (c) => c.notNull())
        .addColumn("position", "integer", (c) => c.notNull())
        .addPrimaryKeyConstraint("meeting_invitees_pk", ["room_id", "user_id"])
        .execute();
      await db.schema
        .createIndex("meeting_invitees_user")
        .on("meeting_invitees")
        .columns(["user_id", "room_id"])
        .execute();
    },
  };
}
