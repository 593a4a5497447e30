import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { openDatabase, type Db } from "@/lib/server/db/connect";

/** Postgres runs at 127.0.0.1:5432 (trust auth) on every machine this project is tested on. */
export const TEST_POSTGRES_URL = process.env.TEST_POSTGRES_URL ?? "postgres://postgres@127.0.0.1:5432/test";

export const ENGINES = ["sqlite", "postgres"] as const;
export type Engine = (typeof ENGINES)[number];

export interface TestDb extends Db {
  /** Drops the schema / deletes the file this test database lived in. */
  dispose(): Promise<void>;
}

/** A fresh, migrated database: a temp SQLite file, or a throwaway Postgres schema. */
export async function openTestDb(engine: Engine): Promise<TestDb> {
  if (engine === "sqlite") {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "roomdesk-db-"));
    const db = await openDatabase({ kind: "sqlite", file: path.join(dir, "test.db") });
    return {
      ...db,
      dispose: async () => (await db.close(), fs.rmSync(dir, { recursive: true, force: true })),
    };
  }
  const schema = `t_${process.pid}_${Math.random().toString(36).slice(2, 10)}`;
  const admin = new pg.Client({ connectionString: TEST_POSTGRES_URL });
  await admin.connect();
  await admin.query(`CREATE SCHEMA ${schema}`);
  await admin.end();
  const db = await openDatabase({ kind: "postgres", url: TEST_POSTGRES_URL }, { searchPath: schema });
  return {
    ...db,
    dispose: async () => {
      await db.close();
      const c = new pg.Client({ connectionString: TEST_POSTGRES_URL });
      await c.connect();
      await c.query(`DROP SCHEMA ${schema} CASCADE`);
      await c.end();
    },
  };
}
