import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { RunningSandbox } from "@/lib/sandbox";
import { bulkRequest, seedAccount, untilJobSettled } from "@/tests/bulk-jobs";
import { openTestDb, type TestDb } from "@/tests/db-engines";
import { schedulingDepsFor } from "@/tests/scheduling-deps";
import { startTestSandbox } from "@/tests/trtc-client";
import { randomHex } from "@/tests/trtc-test-app";
import type { TrtcClient } from "../trtc/types";
import { createBulkJob } from "./create-job";
import { runBulkWorker } from "./worker";

const SECRET = `worker-${randomHex(16)}`;
const ACTOR = { id: "admin-1", role: "admin" };

/** Resolves once `test` holds, checked whenever `poke` is called. */
function when(test: () => boolean) {
  let done: () => void = () => {};
  const reached = new Promise<void>((r) => (done = r));
  return { reached, poke: () => test() && done() };
}

describe("the bulk worker", () => {
  let db: TestDb;
  let sandbox: RunningSandbox;
  beforeAll(async () => {
    db = await openTestDb("sqlite");
    sandbox = await startTestSandbox(SECRET);
    await seedAccount(db, ACTOR.id);
  });
  afterAll(async () => {
    await sandbox.close();
    await db.dispose();
  });
  beforeEach(async () => {
    sandbox.reset();
    await db.kysely.updateTable("bulk_jobs").set({ status: "cancelled" }).execute();
  });

  const untilSettled = (jobId: string) => untilJobSettled(db, jobId);

  const statuses = async (jobId: string) =>
    (await db.kysely.selectFrom("bulk_job_rows").select("status").where("job_id", "=", jobId).execute())
      .map((r) => r.status)
      .sort();

  it("keeps at most `concurrency` rows in flight, claiming the next as each finishes", async () => {
    const jobId = await createBulkJob(db, ACTOR, bulkRequest(6), Date.now);
    const deps = schedulingDepsFor(db, sandbox, SECRET, { owner: "w1" });
    let open = 0;
    let most = 0;
    let release: () => void = () => {};
    const gate = new Promise<void>((r) => (release = r));
    const two = when(() => open === 2);
    const gated: TrtcClient = {
      run: async (command, body, opts) => {
        open++;
        most = Math.max(most, open);
        two.poke();
        await gate;
        try {
          return await deps.trtc.run(command, body, opts);
        } finally {
          open--;
        }
      },
    };
    const stop = runBulkWorker(async () => ({ ...deps, trtc: gated }), {
      concurrency: 2,
      idleMs: 5,
      lease: { owner: "w1", ms: 30_000, now: Date.now },
    });
    await two.reached;
    expect(await statuses(jobId)).toEqual(["queued", "queued", "queued", "queued", "running", "running"]);
    release();
    await untilSettled(jobId);
    await stop();
    expect(most).toBe(2);
    expect(await statuses(jobId)).toEqual(Array(6).fill("scheduled"));
  });

  it("claims nothing while calls may not go out (the breaker is open), then goes on", async () => {
    const jobId = await createBulkJob(db, ACTOR, bulkRequest(2), Date.now);
    const deps = schedulingDepsFor(db, sandbox, SECRET, { owner: "w2" });
    let mayCall = false;
    let rests = 0;
    const fiveRests = when(() => rests >= 5);
    const stop = runBulkWorker(async () => deps, {
      concurrency: 2,
      idleMs: 5,
      lease: { owner: "w2", ms: 30_000, now: Date.now },
      mayCall: () => mayCall,
      sleep: async () => {
        rests++;
        fiveRests.poke();
        await new Promise((r) => setImmediate(r));
      },
    });
    await fiveRests.reached;
    expect(await statuses(jobId)).toEqual(["queued", "queued"]);
    mayCall = true;
    await untilSettled(jobId);
    await stop();
    expect(await statuses(jobId)).toEqual(["scheduled", "scheduled"]);
    expect(sandbox.calls().filter((c) => c.command === "create_room")).toHaveLength(2);
  });
});
