import { Migrator, sql, type Kysely, type Migration, type MigrationProvider } from "kysely";
import type { Dialect } from "./dialect";
import { auditLogMigration } from "./migrations/001-audit-log";
import { scheduleIntentsMigration } from "./migrations/002-schedule-intents";
import { meetingsMigration } from "./migrations/003-meetings";
import { authMigration } from "./migrations/004-auth";
import { supportIndexesMigration } from "./migrations/005-support-indexes";
import { refusalCountsMigration } from "./migrations/006-refusal-counts";

/**
 * Migrations are code, not files read at run time, so a bundled server finds them wherever it runs.
 * Names sort in order; never rename or edit one that has shipped.
 */
function migrationsFor(dialect: Dialect): Record<string, Migration> {
  return {
    "001-audit-log": auditLogMigration(dialect),
    "002-schedule-intents": scheduleIntentsMigration(),
    "003-meetings": meetingsMigration(),
    "004-auth": authMigration(dialect),
    "005-support-indexes": supportIndexesMigration(),
    "006-refusal-counts": refusalCountsMigration(),
  };
}

export async function migrateToLatest(db: Kysely<unknown>, dialect: Dialect): Promise<string[]> {
  const provider: MigrationProvider = { getMigrations: async () => migrationsFor(dialect) };
  // Kysely looks for its bookkeeping tables in every schema unless told one: another schema's
  // (another deployment's, or a test's) would be taken for ours, and migrating would fail.
  const migrationTableSchema =
    dialect === "postgres"
      ? (await sql<{ schema: string }>`select current_schema() as schema`.execute(db)).rows[0]?.schema
      : undefined;
  const { error, results } = await new Migrator({ db, provider, migrationTableSchema }).migrateToLatest();
  if (error) throw new Error(`Database migration failed: ${error instanceof Error ? error.message : error}`);
  return (results ?? []).filter((r) => r.status === "Success").map((r) => r.migrationName);
}
