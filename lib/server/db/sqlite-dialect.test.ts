import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import BetterSqlite3 from "better-sqlite3";
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase, type Db } from "./connect";

/**
 * Two instances on one SQLite file: a transaction that reads before it writes (the meeting index, the
 * throttle) must not find, at its write, that the other instance committed since its read.
 */
describe("SQLite transactions between two instances on one file", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "roomdesk-immediate-"));
  const file = path.join(dir, "app.db");
  let db: Db;
  let other: BetterSqlite3.Database;
  beforeAll(async () => {
    db = await openDatabase({ kind: "sqlite", file });
    await sql`create table tally (n integer)`.execute(db.kysely);
    // The other instance does not wait: what it would meet is seen at once.
    other = new BetterSqlite3(file);
    other.pragma("busy_timeout = 0");
  });
  afterAll(async () => {
    other.close();
    await db.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it("holds the write lock from BEGIN, so a read-then-write transaction never loses its write", async () => {
    let otherWrite: unknown = null;
    await db.kysely.transaction().execute(async (tx) => {
      await sql`select count(*) from tally`.execute(tx);
      try {
        other.prepare("insert into tally (n) values (1)").run();
      } catch (error) {
        otherWrite = error;
      }
      // Begun deferred, the other's insert went in and this write failed with SQLITE_BUSY.
      await sql`insert into tally (n) values (2)`.execute(tx);
    });
    expect(String(otherWrite)).toMatch(/locked|busy/i);
    // Once committed, the other instance writes as usual.
    other.prepare("insert into tally (n) values (3)").run();
    const rows = await sql<{ n: number }>`select n from tally order by n`.execute(db.kysely);
    expect(rows.rows.map((r) => r.n)).toEqual([2, 3]);
  });
});
