import "server-only";
import type { Kysely, Migration } from "kysely";

/**
 * Anonymous refusals are counted per client address and time window instead of written one by one
 * (lib/server/audit/anonymous-refusals.ts). Counters, not the trail: rows change, and go once their
 * window has been summarised into the audit log.
 */
export function refusalCountsMigration(): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable("refusal_counts")
        .addColumn("window_start", "text", (c) => c.notNull())
        .addColumn("address", "text", (c) => c.notNull())
        .addColumn("refusals", "integer", (c) => c.notNull())
        .addColumn("last_at", "text", (c) => c.notNull())
        .addColumn("summarised_at", "text")
        .addPrimaryKeyConstraint("refusal_counts_pk", ["window_start", "address"])
        .execute();
      await db.schema
        .createIndex("refusal_counts_open")
        .on("refusal_counts")
        .columns(["summarised_at", "window_start"])
        .execute();
    },
  };
}
