import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import BetterSqlite3 from "better-sqlite3";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { openDatabase } from "./connect";

const modeOf = (p: string) => fs.statSync(p).mode & 0o7777;
const filesOf = (file: string) => [file, `${file}-wal`, `${file}-shm`];

describe("the SQLite database is private to the server's user", () => {
  let root: string;
  let previousUmask: number;
  // The usual umask: what SQLite and mkdir would otherwise leave as 0644 files in a 0755 folder.
  beforeAll(() => {
    previousUmask = process.umask(0o022);
    root = fs.mkdtempSync(path.join(os.tmpdir(), "roomdesk-private-"));
  });
  afterAll(() => {
    process.umask(previousUmask);
    fs.rmSync(root, { recursive: true, force: true });
  });
  let dirCount = 0;
  const freshDir = () => path.join(root, `case-${++dirCount}`, "data");
  const closers: (() => Promise<void> | void)[] = [];
  afterEach(async () => {
    for (const close of closers.splice(0)) await close();
  });

  it("a new database: data/ is 0700, the database, its WAL and SHM are 0600", async () => {
    const file = path.join(freshDir(), "roomdesk.db");
    const db = await openDatabase({ kind: "sqlite", file });
    closers.push(() => db.close());
    await db.kysely.selectFrom("meetings").select("room_id").execute();
    expect(modeOf(path.dirname(file))).toBe(0o700);
    for (const f of filesOf(file)) expect([f, modeOf(f)]).toEqual([f, 0o600]);
  });

  it("a database an earlier version left at 0644 in a 0755 folder is tightened when it opens", async () => {
    const dir = freshDir();
    fs.mkdirSync(dir, { recursive: true, mode: 0o755 });
    const file = path.join(dir, "roomdesk.db");
    // Still open elsewhere, so its -wal and -shm exist (at 0644) when Roomdesk opens it.
    const earlier = new BetterSqlite3(file);
    earlier.pragma("journal_mode = WAL");
    earlier.exec("CREATE TABLE earlier (x); INSERT INTO earlier VALUES (1);");
    closers.push(() => void earlier.close());
    expect(filesOf(file).map(modeOf)).toEqual([0o644, 0o644, 0o644]);
    expect(modeOf(dir)).toBe(0o755);

    const db = await openDatabase({ kind: "sqlite", file });
    closers.push(() => db.close());
    expect(modeOf(dir)).toBe(0o700);
    expect(filesOf(file).map(modeOf)).toEqual([0o600, 0o600, 0o600]);
    expect(earlier.prepare("SELECT x FROM earlier").get()).toEqual({ x: 1 });
  });

  it("a shared folder (sticky, like /tmp) keeps its mode; the database files are still 0600", async () => {
    const dir = freshDir();
    fs.mkdirSync(dir, { recursive: true });
    fs.chmodSync(dir, 0o1777);
    const file = path.join(dir, "roomdesk.db");
    const db = await openDatabase({ kind: "sqlite", file });
    closers.push(() => db.close());
    expect(modeOf(dir)).toBe(0o1777);
    expect(filesOf(file).map(modeOf)).toEqual([0o600, 0o600, 0o600]);
  });
});
