import "server-only";
import BetterSqlite3 from "better-sqlite3";
import { Kysely, PostgresDialect } from "kysely";
import pg from "pg";
import type { DatabaseConfig } from "../config";
import type { Dialect } from "./dialect";
import { migrateToLatest } from "./migrate";
import { keepingPreparedPool, keepingPreparedSqlite } from "./prepared";
import { makeDatabaseFilesPrivate, prepareDatabaseFiles } from "./private-files";
import { ImmediateSqliteDialect } from "./sqlite-dialect";
import type { Database } from "./schema";

export interface Db {
  kysely: Kysely<Database>;
  dialect: Dialect;
  close(): Promise<void>;
}

/** Opens the database and applies pending migrations. Callers keep one per process (see index.ts). */
export async function openDatabase(config: DatabaseConfig, opts: { searchPath?: string } = {}): Promise<Db> {
  if (config.kind === "sqlite") {
    prepareDatabaseFiles(config.file);
    const sqlite = new BetterSqlite3(config.file);
    sqlite.pragma("journal_mode = WAL");
    // Said, not left to better-sqlite3's build default (the same): a commit is not fsynced, so a crash of
    // Roomdesk loses nothing, while a power cut can lose the last commits (ADR 0003).
    sqlite.pragma("synchronous = NORMAL");
    makeDatabaseFilesPrivate(config.file);
    sqlite.pragma("busy_timeout = 5000");
    sqlite.pragma("foreign_keys = ON");
    const kysely = new Kysely<Database>({
      dialect: new ImmediateSqliteDialect({ database: keepingPreparedSqlite(sqlite) }),
    });
    await migrateToLatest(kysely as Kysely<unknown>, "sqlite");
    return { kysely, dialect: "sqlite", close: () => kysely.destroy() };
  }
  const pool = new pg.Pool({
    connectionString: config.url,
    max: 10,
    ...(opts.searchPath ? { options: `-c search_path=${opts.searchPath}` } : {}),
  });
  const kysely = new Kysely<Database>({ dialect: new PostgresDialect({ pool: keepingPreparedPool(pool) }) });
  await migrateToLatest(kysely as Kysely<unknown>, "postgres");
  return { kysely, dialect: "postgres", close: () => kysely.destroy() };
}
