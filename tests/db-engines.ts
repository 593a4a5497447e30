import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { openDatabase, type Db } from "@/lib/server/db/connect";

/** Postgres runs at 127.0.0.1:5432 (trust auth) on every machine this project is tested on. */
export const TEST_POSTGRES_URL = process.env.TEST_POSTGRES_URL ?? "postgres://postgres@127.0.0.1:5432/test";

export const ENGINES = ["sqlite", "postgres"] as const;
export type Engine = (typeof ENGINES)[number];

/**
 * Postgres on a database whose default collation is not byte order: ICU English with numeric ordering
 * ("a2" < "a10"), so "id-…01" < "id-…010" < "id-…01" + U+FFFF does not hold and a text range is no prefix.
 * For queries that must be right under any collation; creating a database per suite is too slow for all.
 */
export const COLLATED_POSTGRES = "postgres (ICU en-US-u-kn)";
export type TestEngine = Engine | typeof COLLATED_POSTGRES;

export interface TestDb extends Db {
  /** Drops the schema / deletes the file this test database lived in. */
  dispose(): Promise<void>;
}

async function adminQuery(query: string): Promise<void> {
  const c = new pg.Client({ connectionString: TEST_POSTGRES_URL });
  await c.connect();
  try {
    await c.query(query);
  } finally {
    await c.end();
  }
}

async function openCollatedPostgres(): Promise<TestDb> {
  const name = `roomdesk_t_${process.pid}_${Math.random().toString(36).slice(2, 10)}`;
  await adminQuery(
    `CREATE DATABASE ${name} TEMPLATE template0 ENCODING 'UTF8' LOCALE 'C.UTF-8' ` +
      `LOCALE_PROVIDER icu ICU_LOCALE 'en-US-u-kn'`,
  );
  const url = new URL(TEST_POSTGRES_URL);
  url.pathname = `/${name}`;
  const drop = () => adminQuery(`DROP DATABASE ${name} WITH (FORCE)`);
  const db = await openDatabase({ kind: "postgres", url: url.toString() }).catch(async (e: unknown) => {
    await drop();
    throw e;
  });
  return { ...db, dispose: async () => (await db.close(), await drop()) };
}

/**
 * A fresh, migrated database: a temp SQLite file, a throwaway Postgres schema, or (COLLATED_POSTGRES) a
 * throwaway Postgres database.
 */
export async function openTestDb(engine: TestEngine): Promise<TestDb> {
  if (engine === COLLATED_POSTGRES) return openCollatedPostgres();
  if (engine === "sqlite") {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "roomdesk-db-"));
    const db = await openDatabase({ kind: "sqlite", file: path.join(dir, "test.db") });
    return {
      ...db,
      dispose: async () => (await db.close(), fs.rmSync(dir, { recursive: true, force: true })),
    };
  }
  const schema = `t_${process.pid}_${Math.random().toString(36).slice(2, 10)}`;
  await adminQuery(`CREATE SCHEMA ${schema}`);
  const drop = () => adminQuery(`DROP SCHEMA ${schema} CASCADE`);
  // A failed migration must not leave its schema behind in the shared database.
  const db = await openDatabase({ kind: "postgres", url: TEST_POSTGRES_URL }, { searchPath: schema }).catch(
    async (e: unknown) => {
      await drop();
      throw e;
    },
  );
  return { ...db, dispose: async () => (await db.close(), await drop()) };
}
