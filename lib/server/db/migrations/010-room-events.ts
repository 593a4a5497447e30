import "server-only";
import type { Kysely, Migration } from "kysely";
import type { Dialect } from "../dialect";
import { appendOnly } from "./001-audit-log";

/**
 * What Tencent told Roomdesk about its rooms through callbacks (docs/trtc-api.md §6; lib/server/callbacks).
 * `room_events` is the trail: append-only like the audit log, one row per event however often Tencent
 * delivered it (`dedupe_key` is unique). `room_event_accounts` names the accounts each event is about,
 * so "did alice join room X" is an index range, not a scan of bodies. `callback_counters` are counters,
 * not the trail: duplicates dropped and requests refused, per command and reason.
 */
export function roomEventsMigration(dialect: Dialect): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable("room_events")
        .addColumn("id", dialect === "postgres" ? "serial" : "integer", (c) =>
          dialect === "postgres" ? c.primaryKey() : c.primaryKey().autoIncrement(),
        )
        .addColumn("received_at", "text", (c) => c.notNull())
        // Tencent's EventTime, in milliseconds: what every derived state is ordered by.
        .addColumn("event_time_ms", "bigint", (c) => c.notNull())
        .addColumn("command", "text", (c) => c.notNull())
        .addColumn("known", "integer", (c) => c.notNull())
        .addColumn("room_id", "text")
        .addColumn("operator_account", "text", (c) => c.notNull())
        .addColumn("opt_platform", "text")
        .addColumn("client_ip", "text")
        .addColumn("dedupe_key", "text", (c) => c.notNull().unique())
        .addColumn("body", "text", (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex("room_events_room_time")
        .on("room_events")
        .columns(["room_id", "event_time_ms", "id"])
        .execute();
      await db.schema
        .createIndex("room_events_command_received")
        .on("room_events")
        .columns(["command", "received_at"])
        .execute();
      await db.schema
        .createTable("room_event_accounts")
        .addColumn("event_id", "integer", (c) => c.notNull().references("room_events.id"))
        .addColumn("account", "text", (c) => c.notNull())
        .addColumn("room_id", "text")
        .addColumn("event_time_ms", "bigint", (c) => c.notNull())
        .addPrimaryKeyConstraint("room_event_accounts_pk", ["event_id", "account"])
        .execute();
      await db.schema
        .createIndex("room_event_accounts_account")
        .on("room_event_accounts")
        .columns(["account", "event_time_ms"])
        .execute();
      for (const table of ["room_events", "room_event_accounts"]) await appendOnly(db, dialect, table);

      await db.schema
        .createTable("callback_counters")
        .addColumn("counter", "text", (c) => c.notNull())
        .addColumn("key", "text", (c) => c.notNull())
        .addColumn("count", "integer", (c) => c.notNull())
        .addColumn("last_at", "text", (c) => c.notNull())
        .addPrimaryKeyConstraint("callback_counters_pk", ["counter", "key"])
        .execute();
    },
  };
}
