import { sql } from "kysely";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestDb, TEST_POSTGRES_URL } from "@/tests/db-engines";

describe("migrations on a PostgreSQL database that holds other schemas", () => {
  const decoy = `decoy_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
  const admin = new pg.Client({ connectionString: TEST_POSTGRES_URL });
  beforeAll(async () => {
    await admin.connect();
    // Another deployment's (or test run's) migration bookkeeping, in its own schema.
    await admin.query(`CREATE SCHEMA ${decoy}`);
    await admin.query(
      `CREATE TABLE ${decoy}.kysely_migration (name varchar(255) primary key, timestamp varchar(255))`,
    );
    await admin.query(
      `CREATE TABLE ${decoy}.kysely_migration_lock (id varchar(255) primary key, is_locked integer)`,
    );
  });
  afterAll(async () => {
    await admin.query(`DROP SCHEMA ${decoy} CASCADE`);
    await admin.end();
  });

  it("migrates its own schema rather than taking the other schema's tables for its own", async () => {
    const db = await openTestDb("postgres");
    try {
      const { rows } = await sql<{ name: string }>`select name from kysely_migration order by name`.execute(
        db.kysely,
      );
      expect(rows.map((r) => r.name)).toContain("001-audit-log");
      expect(await db.kysely.selectFrom("audit_log").select("id").execute()).toEqual([]);
    } finally {
      await db.dispose();
    }
  });
});
