import "server-only";
import type { Kysely, Migration } from "kysely";

/**
 * Scheduling from a spreadsheet (lib/server/bulk): a job and one row per meeting to schedule. A row is
 * worked by whichever instance holds its lease (`lease_owner` until `lease_until`, ISO text that sorts on
 * both engines); an expired lease is claimed again by any instance, so a killed server's rows are finished.
 * Each row's scheduling intent id is derived from the job and the row, so no retry makes a second room.
 * The job's own events (start, pause, resume, cancel) are in the audit log under the job's intent id.
 */
export function bulkJobsMigration(): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable("bulk_jobs")
        .addColumn("job_id", "text", (c) => c.primaryKey())
        .addColumn("status", "text", (c) => c.notNull())
        .addColumn("created_at", "text", (c) => c.notNull())
        .addColumn("updated_at", "text", (c) => c.notNull())
        .addColumn("finished_at", "text")
        .addColumn("created_by", "text", (c) => c.notNull())
        .addColumn("created_by_role", "text", (c) => c.notNull())
        .addColumn("file_name", "text", (c) => c.notNull())
        .addColumn("encoding", "text", (c) => c.notNull())
        .addColumn("total_rows", "integer", (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex("bulk_jobs_created")
        .on("bulk_jobs")
        .columns(["created_at", "job_id"])
        .execute();
      await db.schema.createIndex("bulk_jobs_status").on("bulk_jobs").column("status").execute();

      await db.schema
        .createTable("bulk_job_rows")
        .addColumn("job_id", "text", (c) => c.notNull().references("bulk_jobs.job_id"))
        .addColumn("row_number", "integer", (c) => c.notNull())
        .addColumn("intent_id", "text", (c) => c.notNull().unique())
        .addColumn("room_id", "text", (c) => c.notNull())
        .addColumn("room_name", "text", (c) => c.notNull())
        .addColumn("status", "text", (c) => c.notNull())
        .addColumn("values_json", "text", (c) => c.notNull())
        .addColumn("lease_owner", "text")
        .addColumn("lease_until", "text")
        .addColumn("attempts", "integer", (c) => c.notNull().defaultTo(0))
        .addColumn("request_id", "text")
        .addColumn("error_kind", "text")
        .addColumn("outcome", "text")
        .addColumn("finished_at", "text")
        .addPrimaryKeyConstraint("bulk_job_rows_pk", ["job_id", "row_number"])
        .execute();
      // The claim's walk: a job's waiting rows in order, and the rows whose lease may have run out.
      await db.schema
        .createIndex("bulk_job_rows_claim")
        .on("bulk_job_rows")
        .columns(["status", "lease_until"])
        .execute();
      await db.schema
        .createIndex("bulk_job_rows_job_status")
        .on("bulk_job_rows")
        .columns(["job_id", "status", "row_number"])
        .execute();
    },
  };
}
