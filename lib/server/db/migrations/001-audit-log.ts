import "server-only";
import { sql, type Kysely, type Migration } from "kysely";
import type { Dialect } from "../dialect";

export function auditLogMigration(dialect: Dialect): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable("audit_log")
        .addColumn("id", dialect === "postgres" ? "serial" : "integer", (c) =>
          dialect === "postgres" ? c.primaryKey() : c.primaryKey().autoIncrement(),
        )
        .addColumn("occurred_at", "text", (c) => c.notNull())
        .addColumn("actor_id", "text", (c) => c.notNull())
        .addColumn("actor_role", "text", (c) => c.notNull())
        .addColumn("action", "text", (c) => c.notNull())
        .addColumn("command", "text")
        .addColumn("room_id", "text")
        .addColumn("intent_id", "text")
        .addColumn("attempt", "integer")
        .addColumn("request_id", "text")
        .addColumn("error_code", "integer")
        .addColumn("error_info", "text")
        .addColumn("outcome", "text", (c) => c.notNull())
        .addColumn("http_status", "integer")
        .addColumn("latency_ms", "integer")
        .execute();
      await db.schema
        .createTable("audit_payload")
        .addColumn("audit_id", "integer", (c) => c.primaryKey().references("audit_log.id"))
        .addColumn("request_body", "text")
        .addColumn("response_body", "text")
        .execute();
      await db.schema.createIndex("audit_log_request_id").on("audit_log").column("request_id").execute();
      await db.schema
        .createIndex("audit_log_room_time")
        .on("audit_log")
        .columns(["room_id", "occurred_at"])
        .execute();
      await db.schema.createIndex("audit_log_time").on("audit_log").columns(["occurred_at", "id"]).execute();
      await db.schema.createIndex("audit_log_intent").on("audit_log").column("intent_id").execute();
      for (const table of ["audit_log", "audit_payload"]) await appendOnly(db, dialect, table);
    },
  };
}

/** The app may only INSERT and SELECT its audit trail; both engines refuse changes at the database. */
export async function appendOnly(db: Kysely<unknown>, dialect: Dialect, table: string) {
  if (dialect === "sqlite") {
    for (const op of ["UPDATE", "DELETE"]) {
      await sql
        .raw(
          `CREATE TRIGGER ${table}_no_${op.toLowerCase()} BEFORE ${op} ON ${table} ` +
            `BEGIN SELECT RAISE(ABORT, '${table} is append-only'); END`,
        )
        .execute(db);
    }
    return;
  }
  await sql
    .raw(
      `CREATE OR REPLACE FUNCTION roomdesk_append_only() RETURNS trigger LANGUAGE plpgsql AS $$ ` +
        `BEGIN RAISE EXCEPTION '% is append-only', TG_TABLE_NAME; END $$`,
    )
    .execute(db);
  await sql
    .raw(
      `CREATE TRIGGER ${table}_append_only BEFORE UPDATE OR DELETE ON ${table} ` +
        `FOR EACH ROW EXECUTE FUNCTION roomdesk_append_only()`,
    )
    .execute(db);
  await sql
    .raw(
      `CREATE TRIGGER ${table}_no_truncate BEFORE TRUNCATE ON ${table} ` +
        `FOR EACH STATEMENT EXECUTE FUNCTION roomdesk_append_only()`,
    )
    .execute(db);
}
