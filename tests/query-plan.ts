import { sql, type CompiledQuery } from "kysely";
import type { Db } from "@/lib/server/db/connect";

/**
 * The steps of `query`'s plan, one per line: SQLite's EXPLAIN QUERY PLAN details, Postgres's EXPLAIN
 * lines. On Postgres sequential scans are priced out first, since a test's handful of rows are cheaper
 * to read whole: a Seq Scan left in the plan then means no index could serve the query.
 */
export async function queryPlan(db: Db, query: CompiledQuery): Promise<string[]> {
  const explain = db.dialect === "sqlite" ? "EXPLAIN QUERY PLAN" : "EXPLAIN";
  return db.kysely.connection().execute(async (c) => {
    if (db.dialect !== "sqlite") await sql`set enable_seqscan = off`.execute(c);
    try {
      const { rows } = await c.executeQuery<Record<string, string>>({
        ...query,
        sql: `${explain} ${query.sql}`,
      });
      return rows.map((r) => (r.detail ?? r["QUERY PLAN"])!);
    } finally {
      if (db.dialect !== "sqlite") await sql`reset enable_seqscan`.execute(c);
    }
  });
}
