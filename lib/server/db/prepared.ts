import "server-only";
import { createHash } from "node:crypto";
import type BetterSqlite3 from "better-sqlite3";
import { sql, type PostgresPool, type PostgresPoolClient, type SqliteDatabase } from "kysely";
import type pg from "pg";

/**
 * Hot statements (the session check, the support lookup, the audit write) are parsed and planned once per
 * connection rather than on every run: on Postgres that is a named prepared statement (one Parse per
 * connection, then only Bind/Execute), on SQLite a statement object kept for reuse. Only statements that
 * ask for it are kept, so the set stays as small as the code that marks them. They name their columns:
 * a prepared `select *` would fail with "cached plan must not change result type" once another instance's
 * migration adds a column, while an explicit list never changes shape.
 */
export const PREPARED_MARK = "/* roomdesk:prepared */";

/** For `.modifyEnd(keepPrepared)` on a select or insert: marks the statement as one to keep prepared. */
export const keepPrepared = sql.raw(PREPARED_MARK);

export const isKeptPrepared = (text: string) => text.endsWith(PREPARED_MARK);

const names = new Map<string, string>();

/** One name per statement text: Postgres keys a connection's prepared statements by name, pg checks the text. */
export function statementName(text: string): string {
  let name = names.get(text);
  if (!name) names.set(text, (name = `rd_${createHash("sha256").update(text).digest("hex").slice(0, 32)}`));
  return name;
}

type Query = PostgresPoolClient["query"];

/** The pool for Kysely, with every client running marked statements as named prepared statements. */
export function keepingPreparedPool(pool: pg.Pool): PostgresPool {
  // Kysely keeps one connection object per client (by identity), so each client gets one wrapper.
  const wrappers = new WeakMap<pg.PoolClient, PostgresPoolClient>();
  const wrap = (client: pg.PoolClient): PostgresPoolClient => ({
    query: ((textOrCursor: unknown, values?: readonly unknown[]) =>
      typeof textOrCursor === "string" && isKeptPrepared(textOrCursor)
        ? client.query({ name: statementName(textOrCursor), text: textOrCursor, values: [...(values ?? [])] })
        : (client.query as (...args: unknown[]) => unknown)(textOrCursor, values)) as Query,
    release: (destroy?: boolean) => client.release(destroy),
  });
  return {
    async connect() {
      const client = await pool.connect();
      let wrapper = wrappers.get(client);
      if (!wrapper) wrappers.set(client, (wrapper = wrap(client)));
      return wrapper;
    },
    end: () => pool.end(),
  };
}

/**
 * Kysely's transaction statements on SQLite, two around every transaction: a scheduling runs three, so
 * they were six of the fifteen statements it prepared (`npm run bench:create`).
 */
const TRANSACTION_CONTROL: ReadonlySet<string> = new Set(["begin", "begin immediate", "commit", "rollback"]);

/**
 * The SQLite handle for Kysely, preparing each marked statement (and each transaction statement) once. A
 * kept statement still being read by an iterator (a streamed export) is busy, so a second run meanwhile
 * gets a fresh one.
 */
export function keepingPreparedSqlite(sqlite: BetterSqlite3.Database): SqliteDatabase {
  const kept = new Map<string, BetterSqlite3.Statement>();
  return {
    close: () => sqlite.close(),
    prepare(text) {
      if (!isKeptPrepared(text) && !TRANSACTION_CONTROL.has(text)) return sqlite.prepare(text);
      let statement = kept.get(text);
      if (!statement) kept.set(text, (statement = sqlite.prepare(text)));
      return statement.busy ? sqlite.prepare(text) : statement;
    },
  };
}
