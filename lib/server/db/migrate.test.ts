import { sql } from "kysely";
import { afterAll, describe, expect, it } from "vitest";
import { openTestDb, type TestDb } from "@/tests/db-engines";

describe("migrations on a Postgres database shared with other schemas", () => {
  const opened: TestDb[] = [];
  afterAll(async () => {
    for (const db of opened.reverse()) await db.dispose();
  });

  it("a schema migrates even while another schema of the same database holds its own migration tables", async () => {
    opened.push(await openTestDb("postgres"));
    const second = await openTestDb("postgres");
    opened.push(second);
    const { rows } = await sql<{ name: string }>`
      select table_name as name from information_schema.tables where table_schema = current_schema()
    `.execute(second.kysely);
    expect(rows.map((r) => r.name)).toEqual(
      expect.arrayContaining(["kysely_migration", "kysely_migration_lock", "audit_log", "meetings", "user"]),
    );
    expect(await second.kysely.selectFrom("audit_log").select("id").execute()).toEqual([]);
  });
});
