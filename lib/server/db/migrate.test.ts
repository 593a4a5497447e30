import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestDb, TEST_POSTGRES_URL } from "@/tests/db-engines";

/**
 * Another application (or another Roomdesk) using Kysely in a different schema of the same database must
 * not make Roomdesk's migrations skip creating their own bookkeeping tables.
 */
describe("migrations on a shared PostgreSQL database", () => {
  const neighbour = `neighbour_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
  const admin = () => new pg.Client({ connectionString: TEST_POSTGRES_URL });
  beforeAll(async () => {
    const c = admin();
    await c.connect();
    await c.query(`CREATE SCHEMA ${neighbour}`);
    await c.query(`CREATE TABLE ${neighbour}.kysely_migration (name text primary key, timestamp text)`);
    await c.query(`CREATE TABLE ${neighbour}.kysely_migration_lock (id text primary key, is_locked integer)`);
    await c.end();
  });
  afterAll(async () => {
    const c = admin();
    await c.connect();
    await c.query(`DROP SCHEMA ${neighbour} CASCADE`);
    await c.end();
  });

  it("migrate their own schema when another schema already has Kysely's tables", async () => {
    const db = await openTestDb("postgres");
    try {
      const tables = await db.kysely.introspection.getTables();
      expect(tables.map((t) => t.name)).toEqual(expect.arrayContaining(["audit_log", "schedule_intents"]));
    } finally {
      await db.dispose();
    }
  });
});
