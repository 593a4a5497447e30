import { sql } from "kysely";
import { describe, expect, it } from "vitest";
import { openTestDb } from "@/tests/db-engines";

describe("migrations on PostgreSQL", () => {
  it("migrate a schema of their own while another Roomdesk schema in the same database is in use", async () => {
    const first = await openTestDb("postgres");
    try {
      const second = await openTestDb("postgres");
      try {
        const { rows } = await sql<{ name: string }>`select name from kysely_migration order by name`.execute(
          second.kysely,
        );
        expect(rows[0]?.name).toBe("001-audit-log");
        expect(await second.kysely.selectFrom("audit_log").selectAll().execute()).toEqual([]);
      } finally {
        await second.dispose();
      }
    } finally {
      await first.dispose();
    }
  });
});
