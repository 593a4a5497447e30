import "server-only";
import { Migrator, sql, type Kysely, type Migration, type MigrationProvider } from "kysely";
import type { Dialect } from "./dialect";
import { auditLogMigration } from "./migrations/001-audit-log";
import { scheduleIntentsMigration } from "./migrations/002-schedule-intents";
import { meetingsMigration } from "./migrations/003-meetings";
import { authMigration } from "./migrations/004-auth";
import { supportIndexesMigration } from "./migrations/005-support-indexes";
import { requestIdLookupMigration } from "./migrations/006-request-id-lookup";
import { attemptsAndLeasesMigration } from "./migrations/007-attempts-and-leases";
import { refusalCountsMigration } from "./migrations/008-refusal-counts";
import { accountsMigration } from "./migrations/009-accounts";
import { roomEventsMigration } from "./migrations/010-room-events";
import { meetingSearchMigration } from "./migrations/011-meeting-search";
import { signInLookupMigration } from "./migrations/012-sign-in-lookup";
import { bulkJobsMigration } from "./migrations/013-bulk-jobs";
import { meetingSeriesMigration } from "./migrations/014-meeting-series";
import { reschedulesMigration } from "./migrations/015-reschedules";
import { rescheduleNewRoomIdsMigration } from "./migrations/016-reschedule-new-room-ids";

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
    "006-request-id-lookup": requestIdLookupMigration(dialect),
    "007-attempts-and-leases": attemptsAndLeasesMigration(dialect),
    "008-refusal-counts": refusalCountsMigration(),
    "009-accounts": accountsMigration(),
    "010-room-events": roomEventsMigration(dialect),
    "011-meeting-search": meetingSearchMigration(dialect),
    "012-sign-in-lookup": signInLookupMigration(),
    "013-bulk-jobs": bulkJobsMigration(),
    "014-meeting-series": meetingSeriesMigration(),
    "015-reschedules": reschedulesMigration(),
    "016-reschedule-new-room-ids": rescheduleNewRoomIdsMigration(),
  };
}

// Kysely's Migrator looks for its bookkeeping tables in every schema unless told which one, so another
// schema of the same database holding them (another deployment, another tool using Kysely) would make it
// skip creating its own and then fail. Roomdesk's are in the schema its tables are created in.
async function migrationSchema(db: Kysely<unknown>, dialect: Dialect): Promise<string | undefined> {
  if (dialect !== "postgres") return undefined;
  const { rows } = await sql<{ schema: string | null }>`select current_schema() as schema`.execute(db);
  return rows[0]?.schema ?? undefined;
}

export async function migrateToLatest(db: Kysely<unknown>, dialect: Dialect): Promise<string[]> {
  const provider: MigrationProvider = { getMigrations: async () => migrationsFor(dialect) };
  const migrationTableSchema = await migrationSchema(db, dialect);
  const migrator = new Migrator({ db, provider, ...(migrationTableSchema ? { migrationTableSchema } : {}) });
  const { error, results } = await migrator.migrateToLatest();
  if (error) throw new Error(`Database migration failed: ${error instanceof Error ? error.message : error}`);
  return (results ?? []).filter((r) => r.status === "Success").map((r) => r.migrationName);
}
