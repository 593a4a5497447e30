import fs from "node:fs";
import path from "node:path";
import BetterSqlite3 from "better-sqlite3";
import { expect, test } from "@playwright/test";
import { killHard, startNext, stop, waitFor } from "../scripts/lib/processes";
import { E2E, e2eServerEnv } from "./env";
import { jobDetail, sheetRow, startJob } from "./helpers/bulk";
import { sandbox } from "./helpers/sandbox";

const run = Date.now().toString(36);
const roomOf = (body: unknown) => (body as { RoomInfo: { RoomId: string } }).RoomInfo.RoomId;
/** A server of its own, so nothing but it works on the job: the e2e servers keep to their database. */
const port = E2E.crashAppPort;
const base = `http://127.0.0.1:${port}`;
const ROWS = 60;

/**
 * The crash server's database: a copy of the e2e one (its admin and sessions), so the saved sign-in works
 * there too. Jobs the copy brings along are closed, so the server's worker sees only this test's.
 */
function copyDatabase(): string {
  const file = path.resolve(path.dirname(E2E.databaseFile), `e2e-bulk-crash-${port}.db`);
  for (const suffix of ["", "-wal", "-shm"]) fs.rmSync(`${file}${suffix}`, { force: true });
  const source = new BetterSqlite3(E2E.databaseFile, { readonly: true, fileMustExist: true });
  source.exec(`VACUUM INTO '${file.replaceAll("'", "''")}'`);
  source.close();
  const copy = new BetterSqlite3(file);
  copy.exec("update bulk_jobs set status = 'cancelled' where status in ('running', 'paused')");
  copy.close();
  return file;
}

test("kill -9 mid-job and restart: the job finishes, and the sandbox's log shows no room created twice and none lost", async ({
  request,
}) => {
  test.setTimeout(180_000);
  await sandbox.reset();
  const prefix = `crash-${run}`;
  // Creates take a while, so the kill lands with rows in flight.
  await sandbox.injectFault({ command: "create_room", kind: "latency", ms: 300, times: ROWS });
  const file = copyDatabase();
  const env = {
    ...e2eServerEnv,
    DATABASE_URL: `file:${file}`,
    // A dead instance's leases run out in 3 s; rows and intents are then claimed again.
    INTENT_LEASE_MS: "3000",
    BULK_CONCURRENCY: "3",
    BULK_IDLE_MS: "200",
  };
  let server = startNext(port, env);
  try {
    await waitFor(`${base}/api/health`);
    const rows = Array.from({ length: ROWS }, (_, i) => sheetRow(i + 1, `${prefix}-${i + 1}`));
    const started = await startJob(request, base, rows);
    expect(started.status).toBe(201);
    const jobId = started.body.jobId!;

    await expect
      .poll(async () => (await jobDetail(request, base, jobId)).job.done, { timeout: 60_000 })
      .toBeGreaterThanOrEqual(8);
    await killHard(server);
    const atKill = (await sandbox.calls("create_room")).filter((c) =>
      roomOf(c.body).startsWith(prefix),
    ).length;
    expect(atKill).toBeLessThan(ROWS);

    server = startNext(port, env);
    await waitFor(`${base}/api/health`);
    await expect
      .poll(async () => (await jobDetail(request, base, jobId)).job.state, { timeout: 90_000 })
      .toBe("finished");
    const { job, rows: outcomes } = await jobDetail(request, base, jobId);
    expect(job).toMatchObject({ done: ROWS, counts: { scheduled: ROWS } });
    expect(outcomes.every((r) => r.requestId)).toBe(true);

    // The sandbox's own record: every room of the sheet asked for exactly once.
    const creates = (await sandbox.calls("create_room")).filter((c) =>
      roomOf(c.body).startsWith(`${prefix}-`),
    );
    const perRoom = new Map<string, number>();
    for (const c of creates) perRoom.set(roomOf(c.body), (perRoom.get(roomOf(c.body)) ?? 0) + 1);
    expect([...perRoom.values()].filter((n) => n > 1)).toEqual([]);
    expect([...perRoom.keys()].sort()).toEqual(rows.map((r) => r.values.roomId).sort());
    const stored = (await sandbox.rooms()).filter((r) => r.RoomId.startsWith(`${prefix}-`));
    expect(stored).toHaveLength(ROWS);
  } finally {
    await stop(server);
    for (const suffix of ["", "-wal", "-shm"]) fs.rmSync(`${file}${suffix}`, { force: true });
  }
});
