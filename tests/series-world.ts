import { afterAll, beforeAll, beforeEach } from "vitest";
import type { RunningSandbox } from "@/lib/sandbox";
import { seedAccount } from "./bulk-jobs";
import { openTestDb, type TestEngine, type TestDb } from "./db-engines";
import { startTestSandbox } from "./trtc-client";

/**
 * One engine's database and a sandbox for a describe block of scheduling, series and reschedule tests:
 * opened once with the actor's account, closed after; before each test the sandbox is emptied and every
 * earlier job stopped, so no worker picks up another test's rows. Read `db` and `sandbox` inside hooks and
 * tests, once they are open.
 */
export function seriesWorld(engine: TestEngine, secret: string, actorId: string) {
  let db: TestDb | null = null;
  let sandbox: RunningSandbox | null = null;
  beforeAll(async () => {
    db = await openTestDb(engine);
    sandbox = await startTestSandbox(secret);
    await seedAccount(db, actorId);
  });
  afterAll(async () => {
    await sandbox?.close();
    await db?.dispose();
  });
  beforeEach(async () => {
    sandbox!.reset();
    await db!.kysely.updateTable("bulk_jobs").set({ status: "cancelled" }).execute();
  });
  return {
    get db(): TestDb {
      if (!db) throw new Error("the test database is opened in beforeAll");
      return db;
    },
    get sandbox(): RunningSandbox {
      if (!sandbox) throw new Error("the sandbox is started in beforeAll");
      return sandbox;
    },
  };
}
