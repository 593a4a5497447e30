import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { RunningSandbox } from "@/lib/sandbox";
import { ENGINES, openTestDb, type TestDb } from "@/tests/db-engines";
import { clientFor, startTestSandbox } from "@/tests/trtc-client";
import { randomHex } from "@/tests/trtc-test-app";
import { RetryBudget } from "../reliability/retry-budget";
import type { PeopleWriteDeps } from "../people/writes";
import { importAccounts, listImportedAccounts } from "./accounts";

async function auditRows(db: TestDb, action: string): Promise<number> {
  const row = await db.kysely
    .selectFrom("audit_log")
    .select((eb) => eb.fn.countAll<string | number>().as("n"))
    .where("action", "=", action)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

const SECRET = `test-secret-${randomHex()}`;
const admin = { id: "admin-1", role: "admin" };

describe.each(ENGINES)("account imports on %s against the sandbox", (engine) => {
  let db: TestDb;
  let sandbox: RunningSandbox;
  let deps: PeopleWriteDeps;
  beforeAll(async () => {
    db = await openTestDb(engine);
    sandbox = await startTestSandbox(SECRET);
    deps = {
      db,
      trtc: clientFor(sandbox, SECRET),
      secrets: [SECRET],
      retry: { budget: new RetryBudget({ capacity: 10 }), maxAttempts: 3, backoff: { baseMs: 1, capMs: 2 } },
    };
  });
  afterAll(async () => {
    await sandbox.close();
    await db.dispose();
  });
  beforeEach(() => sandbox.reset());

  it("one UserID is one account_import; 150 are two multiaccount_import calls of at most 100", async () => {
    const tag = randomHex(3);
    expect(await importAccounts(deps, admin, { list: [`solo-${tag}`], nick: "Solo" })).toMatchObject({
      kind: "imported",
      count: 1,
    });
    const many = Array.from({ length: 150 }, (_, i) => `m${i}-${tag}`);
    const r = await importAccounts(deps, admin, { list: many, nick: "" });
    expect(r).toMatchObject({ kind: "imported", count: 150 });
    expect(sandbox.calls().map((c) => c.command)).toEqual([
      "account_import",
      "multiaccount_import",
      "multiaccount_import",
    ]);
    expect(sandbox.calls().map((c) => (c.body as { AccountList?: unknown[] }).AccountList?.length)).toEqual([
      undefined,
      100,
      50,
    ]);
    const listed = (await listImportedAccounts(db)).map((a) => a.userId);
    expect(listed).toContain(`solo-${tag}`);
    expect(many.every((id) => listed.includes(id))).toBe(true);
    expect(await auditRows(db, "account.import")).toBeGreaterThanOrEqual(3);
  });
});
