import "server-only";
import { sql, type Kysely, type Migration } from "kysely";
import type { Dialect } from "../dialect";
import { appendOnly } from "./001-audit-log";

/**
 * Audit before send, and intents a reconciler can finish (docs/adr/0006-audit-before-send.md):
 * - An upstream attempt's row is written as `pending` before the request leaves and completed once,
 *   when the answer comes. The database allows exactly that one transition (pending → final) and
 *   refuses every other change; the answer's body goes to its own append-only table.
 * - `call_random` is the attempt's `random` query parameter, the one value both sides of the call
 *   record, so every call Tencent received can be matched to its row.
 * - Intents keep what is needed to finish them without the browser (the validated values and the exact
 *   create body) and a lease, so exactly one instance works on an intent at a time.
 */
export function attemptsAndLeasesMigration(dialect: Dialect): Migration {
  const pg = dialect === "postgres";
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .alterTable("audit_log")
        .addColumn("call_random", pg ? "bigint" : "integer")
        .execute();
      await db.schema.alterTable("audit_log").addColumn("completed_at", "text").execute();
      await db.schema
        .createTable("audit_response")
        .addColumn("audit_id", "integer", (c) => c.primaryKey().references("audit_log.id"))
        .addColumn("response_body", "text")
        .execute();
      await appendOnly(db, dialect, "audit_response");
      await completeOnceRule(db, dialect);
      await db.schema
        .createIndex("audit_log_pending")
        .on("audit_log")
        .column("occurred_at")
        .where(sql.ref("outcome"), "=", "pending")
        .execute();
      await db.schema.createIndex("audit_log_call_random").on("audit_log").column("call_random").execute();

      for (const column of ["lease_owner", "lease_until", "request"]) {
        await db.schema.alterTable("schedule_intents").addColumn(column, "text").execute();
      }
      await db.schema
        .alterTable("schedule_intents")
        .addColumn("start_time", pg ? "bigint" : "integer")
        .execute();
      await db.schema
        .createIndex("schedule_intents_unsettled")
        .on("schedule_intents")
        .columns(["status", "lease_until"])
        .execute();
    },
  };
}

// Columns that say what was attempted: fixed once the row exists. The answer's columns may be filled once.
const IDENTITY = ["id", "occurred_at", "actor_id", "actor_role", "action", "command", "room_id"].concat([
  "intent_id",
  "attempt",
  "call_random",
]);

async function completeOnceRule(db: Kysely<unknown>, dialect: Dialect) {
  if (dialect === "sqlite") {
    const changed = IDENTITY.map((c) => `NEW.${c} IS NOT OLD.${c}`).join(" OR ");
    await sql.raw("DROP TRIGGER audit_log_no_update").execute(db);
    await sql
      .raw(
        `CREATE TRIGGER audit_log_complete_once BEFORE UPDATE ON audit_log ` +
          `WHEN OLD.outcome <> 'pending' OR NEW.outcome = 'pending' OR ${changed} ` +
          `BEGIN SELECT RAISE(ABORT, 'audit_log is append-only: a pending attempt is completed once'); END`,
      )
      .execute(db);
    return;
  }
  const changed = IDENTITY.map((c) => `NEW.${c} IS DISTINCT FROM OLD.${c}`).join(" OR ");
  await sql.raw("DROP TRIGGER audit_log_append_only ON audit_log").execute(db);
  await sql
    .raw(
      `CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log ` +
        `FOR EACH ROW EXECUTE FUNCTION roomdesk_append_only()`,
    )
    .execute(db);
  await sql
    .raw(
      `CREATE OR REPLACE FUNCTION roomdesk_audit_complete_once() RETURNS trigger LANGUAGE plpgsql AS $$ ` +
        `BEGIN IF OLD.outcome <> 'pending' OR NEW.outcome = 'pending' OR ${changed} THEN ` +
        `RAISE EXCEPTION 'audit_log is append-only: a pending attempt is completed once'; END IF; ` +
        `RETURN NEW; END $$`,
    )
    .execute(db);
  await sql
    .raw(
      `CREATE TRIGGER audit_log_complete_once BEFORE UPDATE ON audit_log ` +
        `FOR EACH ROW EXECUTE FUNCTION roomdesk_audit_complete_once()`,
    )
    .execute(db);
}
