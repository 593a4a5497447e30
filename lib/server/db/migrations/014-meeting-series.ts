import "server-only";
import type { Kysely, Migration } from "kysely";

/**
 * Recurring series (lib/server/series): a series of rooms that behaves as one meeting, and one row per
 * occurrence as the rule first gave it. The rule is kept both structured (what the form edits) and as the
 * RRULE text the calendar file carries; `values_json` holds the settings and invitees every room was made
 * with. The rooms' own state stays in the meetings index; an occurrence only remembers its room, the
 * instant the rule gave it, whether the series left it out or cancelled it, and which fields were changed
 * on it alone. `sequence` is the series' iCalendar SEQUENCE, raised by every series operation.
 */
export function meetingSeriesMigration(): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable("meeting_series")
        .addColumn("series_id", "text", (c) => c.primaryKey())
        .addColumn("name", "text", (c) => c.notNull())
        .addColumn("room_id_base", "text", (c) => c.notNull())
        .addColumn("time_zone", "text", (c) => c.notNull())
        .addColumn("rule_json", "text", (c) => c.notNull())
        .addColumn("rrule", "text", (c) => c.notNull())
        .addColumn("start_date", "text", (c) => c.notNull())
        .addColumn("start_time", "text", (c) => c.notNull())
        .addColumn("duration_minutes", "integer", (c) => c.notNull())
        .addColumn("values_json", "text", (c) => c.notNull())
        .addColumn("job_id", "text", (c) => c.notNull().references("bulk_jobs.job_id"))
        .addColumn("sequence", "integer", (c) => c.notNull().defaultTo(0))
        .addColumn("created_by", "text", (c) => c.notNull())
        .addColumn("created_at", "text", (c) => c.notNull())
        .execute();
      await db.schema
        .createTable("series_occurrences")
        .addColumn("series_id", "text", (c) => c.notNull().references("meeting_series.series_id"))
        .addColumn("occurrence_index", "integer", (c) => c.notNull())
        .addColumn("occurrence_date", "text", (c) => c.notNull())
        .addColumn("original_start", "integer", (c) => c.notNull())
        .addColumn("room_id", "text", (c) => c.notNull().unique())
        .addColumn("status", "text", (c) => c.notNull())
        .addColumn("changed_fields", "text")
        .addPrimaryKeyConstraint("series_occurrences_pk", ["series_id", "occurrence_index"])
        .execute();
    },
  };
}
