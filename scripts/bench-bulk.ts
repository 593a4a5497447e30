// bench:bulk — a spreadsheet job of 5,000 rows started through `POST /api/bulk/jobs` and worked by two app
// instances (two builds made apart with one actions key, separate processes, one PostgreSQL, one Redis),
// while a person presses Schedule once a second through the server action. The sandbox runs in its own
// process and stamps every call with its own clock. Phases, each with the machine's load averages:
//   idle    one press a second for 30 s, nothing else running: the press's p95 with no job
//   job     the job from its start to its last row done, the presses going on
//   direct  a bare loop of signed creates to the same sandbox at the workers' combined concurrency: what
//           this machine can do at all, so a shortfall of the job can be told from the machine's limit
// Counted from the sandbox's call log and the job's rows: created, lost, duplicates, the busiest second.
import os from "node:os";
import fs from "node:fs";
import path from "node:path";
import { randomBytes } from "node:crypto";
import pg from "pg";
import { Redis } from "ioredis";
import { createTrtcClient } from "@/lib/server/trtc";
import { findAction } from "./lib/actions";
import { createUser, signIn } from "./lib/app-session";
import { ensurePostgresDatabase } from "./lib/bench-db";
import { DEFAULT_DIST, ensureBuild, SAME_KEY_DIST } from "./lib/builds";
import { creationPace, jobCounts, maxPerSecond } from "./lib/bulk-bench-counts";
import { jobCreatedAt, jobRows, rowsDone, startJob } from "./lib/bulk-job-client";
import { directCreates } from "./lib/direct-creates";
import { pressScheduleEverySecond, type ClickResults } from "./lib/interactive-clicks";
import { cpuSeconds, percentile, startNext, stop, waitFor, watchdog } from "./lib/processes";
import { startSandboxProcess } from "./lib/sandbox-process";

const ROWS = Number(process.env.BENCH_ROWS ?? 5000);
const IDLE_SECONDS = Number(process.env.BENCH_IDLE_SECONDS ?? 30);
const DIRECT_SECONDS = Number(process.env.BENCH_DIRECT_SECONDS ?? 15);
/**
 * The instances' shared limit (TRTC_RATE_LIMIT_PER_SECOND). Tencent's is 200/s, but two instances on this
 * 2-core machine reached only 95 schedules/s in bench:load: at 190 the job would measure the machine, not
 * whether jobs get their share. At 40/s, with enough rows in flight to reach it, the press's median rose
 * from 70 ms to over 500 ms while the job ran (the apps' processes stayed under a tenth of a core each:
 * the wait is in the database the rows write to); with the default 8 rows in flight per instance the
 * presses were unhurried but the rows, half a second each here, reached only 31/s. 20/s leaves room.
 */
const LIMIT = Number(process.env.BENCH_APP_RATE_LIMIT ?? 20);
/** BULK_RESERVED_PERCENT: the share of the limit jobs leave to people (the app's default). */
const RESERVED_PERCENT = Number(process.env.BENCH_BULK_RESERVED_PERCENT ?? 3);
/** BULK_CONCURRENCY per instance (the app's default). */
const CONCURRENCY = Number(process.env.BENCH_BULK_CONCURRENCY ?? 8);
const JOB_LIMIT = LIMIT * (1 - RESERVED_PERCENT / 100);
const DB_NAME = "roomdesk_bench_bulk";
const PG_URL = `postgres://postgres@127.0.0.1:5432/${DB_NAME}`;
/** A Redis database of the benchmark's own: the limiter's keys are fixed names. */
const REDIS_URL = process.env.BENCH_REDIS_URL ?? "redis://127.0.0.1:6379/14";
const PORTS = (process.env.BENCH_PORTS ?? "3250,3251").split(",").map(Number);
const SANDBOX_PORT = Number(process.env.BENCH_SANDBOX_PORT ?? 3252);
const sdkAppId = 1400888001;
const secretKey = randomBytes(32).toString("hex");
const run = Date.now().toString(36);

const load = () =>
  `uptime_load=${os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(",")}`;
const ms = (values: number[], p: number) => percentile(values, p).toFixed(1);
const describeClicks = (c: ClickResults) =>
  `presses=${c.latencies.length} p50_ms=${ms(c.latencies, 50)} p95_ms=${ms(c.latencies, 95)} max_ms=${ms(c.latencies, 100)} outcomes=${JSON.stringify(c.outcomes)}`;

let phase = "build";
const builds = [ensureBuild()];
builds.push(ensureBuild(SAME_KEY_DIST, { actionsKey: builds[0]!.actionsKey, notOlderThan: builds[0] }));
watchdog((IDLE_SECONDS + DIRECT_SECONDS + ROWS / JOB_LIMIT + 300) * 1000, () => phase);

phase = "database";
const admin = new pg.Client({ connectionString: "postgres://postgres@127.0.0.1:5432/postgres" });
await admin.connect();
await admin.query(`DROP DATABASE IF EXISTS ${DB_NAME} WITH (FORCE)`);
await admin.end();
await ensurePostgresDatabase(DB_NAME);
const redis = new Redis(REDIS_URL);
await redis.del("roomdesk:trtc:rate", "roomdesk:trtc:rate:jobs");

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "roomdesk-bench-bulk-"));
const sandbox = await startSandboxProcess({
  port: SANDBOX_PORT,
  sdkAppId,
  secretKey,
  stateFile: path.join(dir, "sandbox-rooms.json"),
  // The sandbox's own 200/s refusal counts refused calls too, so the direct loop, which does not slow
  // down, would measure mostly refusals. Lifted; the 200/s bound is checked from its stamps instead.
  rateLimitPerSecond: 1_000_000,
});
const env = {
  TRTC_MODE: "sandbox",
  BETTER_AUTH_SECRET: randomBytes(32).toString("hex"),
  TRTC_SDK_APP_ID: String(sdkAppId),
  TRTC_SECRET_KEY: secretKey,
  TRTC_API_BASE_URL: sandbox.url,
  DATABASE_URL: PG_URL,
  REDIS_URL,
  TRTC_RATE_LIMIT_PER_SECOND: String(LIMIT),
  BULK_RESERVED_PERCENT: String(RESERVED_PERCENT),
  BULK_CONCURRENCY: String(CONCURRENCY),
  NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: builds[0]!.actionsKey,
};
const password = randomBytes(12).toString("hex");
createUser(env, "bulk@roomdesk.local", "admin", password);
const apps = PORTS.map((p, i) => startNext(p, env, { distDir: [DEFAULT_DIST, SAME_KEY_DIST][i] }));
const bases = PORTS.map((p) => `http://127.0.0.1:${p}`);
const db = new pg.Client({ connectionString: PG_URL });
let failed = false;

/** CPU used so far by the apps, the sandbox and the database's server processes serving this benchmark. */
async function cpuOf() {
  const backends = await db.query<{ pid: number }>(
    "SELECT pid FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()",
    [DB_NAME],
  );
  return {
    apps: apps.map((a) => cpuSeconds(a.pid!)),
    sandbox: cpuSeconds(sandbox.child.pid!),
    database: new Map(backends.rows.map((b) => [b.pid, cpuSeconds(b.pid)])),
  };
}

/** Cores used since `before`; the database's counts only backends alive at the end (a floor). */
async function cpuUsed(before: Awaited<ReturnType<typeof cpuOf>>, seconds: number) {
  const after = await cpuOf();
  const share = (a: number, b: number) => ((a - b) / seconds).toFixed(2);
  let database = 0;
  for (const [pid, cpu] of after.database) database += cpu - (before.database.get(pid) ?? 0);
  return `cpu_cores apps=${after.apps.map((a, i) => share(a, before.apps[i]!)).join(",")} sandbox=${share(after.sandbox, before.sandbox)} postgres>=${(database / seconds).toFixed(2)}`;
}

try {
  phase = "start";
  await Promise.all(bases.map((b) => waitFor(`${b}/api/health`)));
  await db.connect();
  const cookie = await signIn(bases[0]!, "bulk@roomdesk.local", password);
  const schedule = findAction("scheduleMeetingAction", DEFAULT_DIST);
  const clickOpts = { bases, action: schedule, cookie };

  phase = "warm-up";
  // Every route and the workers' path once on each instance, so the first measured press pays no start-up.
  const warm = pressScheduleEverySecond({ ...clickOpts, prefix: `warm-${run}`, intervalMs: 200 });
  const warmJob = await startJob(bases[1]!, cookie, `warmjob-${run}`, 20);
  await rowsDone(db, warmJob, 60_000);
  await warm.stop();

  phase = "idle";
  const idleCpu = await cpuOf();
  const idle = pressScheduleEverySecond({ ...clickOpts, prefix: `idle-${run}` });
  await new Promise((resolve) => setTimeout(resolve, IDLE_SECONDS * 1000));
  const idleClicks = await idle.stop();
  console.log(
    `bench:bulk phase=idle ${describeClicks(idleClicks)} ${await cpuUsed(idleCpu, IDLE_SECONDS)} ${load()}`,
  );

  phase = "job";
  const jobCpu = await cpuOf();
  const clicks = pressScheduleEverySecond({ ...clickOpts, prefix: `click-${run}` });
  const jobStart = Date.now();
  const jobId = await startJob(bases[0]!, cookie, `sheet-${run}`, ROWS);
  const startedIn = Date.now() - jobStart;
  await rowsDone(
    db,
    jobId,
    (ROWS / JOB_LIMIT) * 4000 + 60_000,
    (open) => (phase = `job (${open} rows open)`),
  );
  const jobClicks = await clicks.stop();
  const jobSeconds = (Date.now() - jobStart) / 1000;

  phase = "count";
  const calls = await sandbox.calls();
  if ((await sandbox.callsReceived()) !== calls.length)
    throw new Error("the sandbox trimmed its call log: the counts would miss calls");
  const rows = await jobRows(db, jobId);
  const counts = jobCounts(rows, calls);
  const statuses: Record<string, number> = {};
  for (const r of rows) statuses[r.status] = (statuses[r.status] ?? 0) + 1;
  const createdAt = await jobCreatedAt(db, jobId);
  const lastDone = counts.lastDoneMs ?? Date.now();
  const wallS = (lastDone - createdAt) / 1000;
  const perS = counts.created / wallS;
  const creates = calls.filter((c) => c.command === "create_room");
  const maxUpstream = maxPerSecond(creates.map((c) => c.at));
  const jobCreates = creates.filter((c) => c.at >= createdAt).map((c) => c.at);
  const pace = creationPace(jobCreates, createdAt);
  const rateErrors = calls.filter((c) => c.errorCode === 60007).length;
  console.log(
    `bench:bulk phase=job rows=${ROWS} post_answered_ms=${startedIn} stored_after_ms=${createdAt - jobStart} wall_s=${wallS.toFixed(1)} per_s_from_post=${(counts.created / ((lastDone - jobStart) / 1000)).toFixed(1)} first_create_ms=${pace.firstMs} median_creates_per_s=${pace.medianPerSecond} ` +
      `statuses=${JSON.stringify(statuses)} create_calls=${counts.createCalls} rate_errors=${rateErrors} ${describeClicks(jobClicks)} ${await cpuUsed(jobCpu, jobSeconds)} ${load()}`,
  );
  console.log(
    `bench:bulk limit: TRTC_RATE_LIMIT_PER_SECOND=${LIMIT} shared by both instances (Redis); jobs may use ${JOB_LIMIT.toFixed(1)}/s of it (BULK_RESERVED_PERCENT=${RESERVED_PERCENT} kept for people); ${LIMIT}/s because this shared 2-core machine sustains neither Tencent's 190/s through two instances nor, with a person's clicks unhurried, 40/s; BULK_CONCURRENCY=${CONCURRENCY} per instance`,
  );

  phase = "direct";
  const directCpu = await cpuOf();
  const direct = await directCreates(
    createTrtcClient({ baseUrl: sandbox.url, sdkAppId, secretKey, adminUserId: "administrator" }),
    { concurrency: CONCURRENCY * apps.length, seconds: DIRECT_SECONDS, prefix: `direct-${run}` },
  );
  console.log(
    `bench:bulk phase=direct direct_per_s=${direct.perSecond.toFixed(1)} concurrency=${CONCURRENCY * apps.length} created=${direct.created} refused=${JSON.stringify(direct.refused)} ${await cpuUsed(directCpu, DIRECT_SECONDS)} ${load()}`,
  );

  const idleP95 = percentile(idleClicks.latencies, 95);
  const jobP95 = percentile(jobClicks.latencies, 95);
  const ratio = perS / JOB_LIMIT;
  const pressesFailed = Object.entries({ ...idleClicks.outcomes, ...jobClicks.outcomes }).some(
    ([k, n]) => k !== "ok" && n > 0,
  );
  failed =
    ratio < 0.95 ||
    maxUpstream > 200 ||
    counts.lost > 0 ||
    counts.duplicates > 0 ||
    jobP95 > 2 * idleP95 ||
    pressesFailed;
  console.log(
    `bench:bulk rows=${ROWS} created=${counts.created} per_s=${perS.toFixed(1)} limit_per_s=${JOB_LIMIT.toFixed(1)} ratio=${ratio.toFixed(3)} max_upstream_per_s=${maxUpstream} lost=${counts.lost} duplicates=${counts.duplicates} interactive_p95_ms=${jobP95.toFixed(1)} interactive_idle_p95_ms=${idleP95.toFixed(1)}`,
  );
} finally {
  phase = "stop";
  await db.end().catch(() => undefined);
  await Promise.all(apps.map(stop));
  await sandbox.stop();
  await redis.quit();
  fs.rmSync(dir, { recursive: true, force: true });
}
process.exit(failed ? 1 : 0);
