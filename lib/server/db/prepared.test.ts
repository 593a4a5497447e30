import BetterSqlite3 from "better-sqlite3";
import { Kysely, PostgresDialect, SqliteDialect, sql } from "kysely";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { TEST_POSTGRES_URL } from "@/tests/db-engines";
import { keepPrepared, keepingPreparedPool, keepingPreparedSqlite, statementName } from "./prepared";

const marked = (n: number) => sql<{ n: number }>`select ${n} + 1 as n ${keepPrepared}`;
const unmarked = (n: number) => sql<{ n: number }>`select ${n} + 2 as n`;

describe("prepared statements on SQLite", () => {
  let sqlite: BetterSqlite3.Database;
  let kysely: Kysely<unknown>;
  beforeAll(() => {
    sqlite = new BetterSqlite3(":memory:");
    kysely = new Kysely({ dialect: new SqliteDialect({ database: keepingPreparedSqlite(sqlite) }) });
  });
  afterAll(() => kysely.destroy());

  it("prepares a marked statement once and an unmarked one on every run", async () => {
    const prepare = vi.spyOn(sqlite, "prepare");
    for (const n of [1, 2, 3]) {
      expect((await marked(n).execute(kysely)).rows).toEqual([{ n: n + 1 }]);
      expect((await unmarked(n).execute(kysely)).rows).toEqual([{ n: n + 2 }]);
    }
    const texts = prepare.mock.calls.map(([text]) => text);
    expect(texts.filter((t) => t.includes("+ 1"))).toHaveLength(1);
    expect(texts.filter((t) => t.includes("+ 2"))).toHaveLength(3);
    prepare.mockRestore();
  });

  it("prepares a transaction's begin, commit and rollback once however many transactions run", async () => {
    const prepare = vi.spyOn(sqlite, "prepare");
    for (const n of [1, 2, 3]) {
      await kysely.transaction().execute((tx) => unmarked(n).execute(tx));
      await kysely
        .transaction()
        .execute(async (tx) => {
          await unmarked(n).execute(tx);
          throw new Error("undone");
        })
        .catch(() => undefined);
    }
    const texts = prepare.mock.calls.map(([text]) => text);
    expect(["begin", "commit", "rollback"].map((t) => texts.filter((x) => x === t).length)).toEqual([
      1, 1, 1,
    ]);
    expect(texts.filter((t) => t.includes("+ 2"))).toHaveLength(6);
    prepare.mockRestore();
  });

  it("hands out a fresh statement while the kept one is still being iterated", () => {
    const db = keepingPreparedSqlite(sqlite);
    const text = `select value from json_each('[1,2,3]') ${keepPrepared.compile(kysely).sql}`;
    const kept = db.prepare(text);
    const reading = kept.iterate([]);
    reading.next();
    const meanwhile = db.prepare(text);
    expect(meanwhile).not.toBe(kept);
    expect(meanwhile.all([])).toHaveLength(3);
    expect([...reading]).toHaveLength(2);
    expect(db.prepare(text)).toBe(kept);
  });
});

describe("prepared statements on Postgres", () => {
  // One connection, so pg_prepared_statements shows what this pool's runs left on it.
  const pool = new pg.Pool({ connectionString: TEST_POSTGRES_URL, max: 1 });
  const kysely = new Kysely<unknown>({ dialect: new PostgresDialect({ pool: keepingPreparedPool(pool) }) });
  afterAll(() => kysely.destroy());

  const prepared = async () =>
    (
      await sql<{
        name: string;
        statement: string;
      }>`select name, statement from pg_prepared_statements`.execute(kysely)
    ).rows;

  it("runs a marked statement as one named prepared statement per connection, others unnamed", async () => {
    for (const n of [1, 2, 3]) {
      expect((await marked(n).execute(kysely)).rows).toEqual([{ n: n + 1 }]);
      expect((await unmarked(n).execute(kysely)).rows).toEqual([{ n: n + 2 }]);
    }
    const text = marked(0).compile(kysely).sql;
    expect(await prepared()).toEqual([{ name: statementName(text), statement: text }]);
  });

  it("names each statement text apart, the same text alike", () => {
    expect(statementName("select 1 /* a */")).toBe(statementName("select 1 /* a */"));
    expect(statementName("select 1 /* a */")).not.toBe(statementName("select 2 /* a */"));
  });
});
