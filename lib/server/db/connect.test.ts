import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { sql } from "kysely";
import { afterAll, expect, it } from "vitest";
import { openDatabase } from "./connect";

const root = fs.mkdtempSync(path.join(os.tmpdir(), "roomdesk-connect-"));
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

// The durability ADR 0003 describes, held by the code rather than by a library's build default.
it("SQLite opens in WAL mode with synchronous NORMAL", async () => {
  const db = await openDatabase({ kind: "sqlite", file: path.join(root, "data", "roomdesk.db") });
  try {
    const mode = await sql<{ journal_mode: string }>`pragma journal_mode`.execute(db.kysely);
    const sync = await sql<{ synchronous: number }>`pragma synchronous`.execute(db.kysely);
    expect(mode.rows[0]?.journal_mode).toBe("wal");
    // 1 = NORMAL (0 OFF, 2 FULL, 3 EXTRA).
    expect(sync.rows[0]?.synchronous).toBe(1);
  } finally {
    await db.close();
  }
});
