// bench:load — two `next start` instances on one PostgreSQL and one Redis, running two builds made apart
// with the same NEXT_SERVER_ACTIONS_ENCRYPTION_KEY (README, "Several instances"), 400 schedule requests
// per second offered (open loop, alternating instances) for 30 s. The sandbox runs in its own process and
// stamps each arrival with its own clock, so the load generator's event loop cannot bunch or spread them:
// shows that the shared rate limit keeps Tencent's side at ≤ 200 calls in any one-second window.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { randomBytes } from "node:crypto";
import pg from "pg";
import { Redis } from "ioredis";
import { actionRequest, findAction, parseActionResult } from "./lib/actions";
import { createUser, signIn } from "./lib/app-session";
import { DEFAULT_DIST, ensureBuild, SAME_KEY_DIST } from "./lib/builds";
import { peakRssMb, percentile, startNext, stop, waitFor, watchdog } from "./lib/processes";
import { startSandboxProcess } from "./lib/sandbox-process";
import { scheduleInput } from "@/tests/schedule-input";

const RATE = Number(process.env.BENCH_RATE ?? 400);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 30);
/** Requests allowed in flight at once across both instances (a proxy's connection limit). */
const MAX_OPEN = Number(process.env.BENCH_MAX_OPEN ?? 256);
const REQUEST_TIMEOUT_MS = 20_000;
const PG_ADMIN = process.env.BENCH_POSTGRES_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
const DB_NAME = "roomdesk_bench_load";
const REDIS_URL = process.env.BENCH_REDIS_URL ?? "redis://127.0.0.1:6379/0";
const sdkAppId = 1400777001;
const secretKey = randomBytes(32).toString("hex");

const PORTS = (process.env.BENCH_PORTS ?? "3391,3392").split(",").map(Number);
const SANDBOX_PORT = Number(process.env.BENCH_SANDBOX_PORT ?? 4691);
/**
 * The instances' shared limit (TRTC_RATE_LIMIT_PER_SECOND, default 190). Two instances on a small machine
 * may not reach 190 calls/s at all; a lower limit shows it binding when the offered load is above it.
 */
const LIMIT = Number(process.env.BENCH_APP_RATE_LIMIT ?? 190);

let phase = "build";
const builds = [ensureBuild()];
builds.push(ensureBuild(SAME_KEY_DIST, { actionsKey: builds[0]!.actionsKey, notOlderThan: builds[0] }));
watchdog((SECONDS + 180) * 1000, () => phase);
phase = "database";
const admin = new pg.Client({ connectionString: PG_ADMIN });
await admin.connect();
await admin.query(`DROP DATABASE IF EXISTS ${DB_NAME} WITH (FORCE)`);
await admin.query(`CREATE DATABASE ${DB_NAME}`);
await admin.end();
const redis = new Redis(REDIS_URL);
await redis.del("roomdesk:trtc:rate");

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "roomdesk-bench-load-"));
const sandbox = await startSandboxProcess({
  port: SANDBOX_PORT,
  sdkAppId,
  secretKey,
  stateFile: path.join(dir, "sandbox-rooms.json"),
});
const env = {
  TRTC_MODE: "sandbox",
  BETTER_AUTH_SECRET: randomBytes(32).toString("hex"),
  TRTC_SDK_APP_ID: String(sdkAppId),
  TRTC_SECRET_KEY: secretKey,
  TRTC_API_BASE_URL: sandbox.url,
  DATABASE_URL: PG_ADMIN.replace(/\/[^/]*$/, `/${DB_NAME}`),
  REDIS_URL,
  TRTC_RATE_LIMIT_PER_SECOND: String(LIMIT),
  // Next reads the key at run time too; both builds were made with it.
  NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: builds[0]!.actionsKey,
};
const password = randomBytes(12).toString("hex");
createUser(env, "load@roomdesk.local", "admin", password);
const dists = [DEFAULT_DIST, SAME_KEY_DIST];
const apps = PORTS.map((p, i) => startNext(p, env, { distDir: dists[i] }));
const bases = PORTS.map((p) => `http://127.0.0.1:${p}`);

try {
  phase = "start";
  await Promise.all(bases.map((b) => waitFor(`${b}/api/health`)));
  const cookie = await signIn(bases[0]!, "load@roomdesk.local", password);
  // The action id from the first build's manifest, posted to both: the second build knows it by the key.
  const schedule = findAction("scheduleMeetingAction", DEFAULT_DIST);
  const date = new Date(Date.now() + 2 * 86400_000).toISOString().slice(0, 10);
  const latencies: number[] = [];
  const outcomes: Record<string, number> = {};
  let sent = 0;
  let open = 0;
  const inFlight: Promise<void>[] = [];

  const fire = (i: number) => {
    const id = `load-${process.pid}-${i}`;
    const input = scheduleInput({
      roomId: id,
      roomName: "Load",
      schedule: { date, time: "11:00", timeZone: "America/New_York", durationMinutes: 30 },
    });
    // Like a load balancer's connection limit: past it, the request is turned away at the door.
    if (open >= MAX_OPEN) {
      outcomes.shed_at_door = (outcomes.shed_at_door ?? 0) + 1;
      return;
    }
    open++;
    const req = actionRequest(bases[i % 2]!, schedule, [input], cookie);
    const t0 = performance.now();
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), REQUEST_TIMEOUT_MS);
    inFlight.push(
      fetch(req.url, { ...req.init, signal: controller.signal })
        .then(async (res) => {
          const result = parseActionResult(await res.text()) as
            { ok?: boolean; error?: { code?: string } } | undefined;
          const key =
            res.status >= 500 ? `http${res.status}` : result?.ok ? "ok" : (result?.error?.code ?? "unknown");
          outcomes[key] = (outcomes[key] ?? 0) + 1;
        })
        .catch(() => {
          outcomes.client_error = (outcomes.client_error ?? 0) + 1;
        })
        .finally(() => {
          clearTimeout(timer);
          open--;
          latencies.push(performance.now() - t0);
        }),
    );
  };

  phase = "load";
  // Open loop: requests leave on schedule whatever the answers do, as real users would keep clicking.
  const started = performance.now();
  await new Promise<void>((resolve) => {
    const timer = setInterval(() => {
      const due = Math.min(RATE * SECONDS, Math.floor(((performance.now() - started) / 1000) * RATE));
      while (sent < due) fire(sent++);
      if (sent >= RATE * SECONDS) {
        clearInterval(timer);
        resolve();
      }
    }, 5);
  });
  phase = `drain (${latencies.length}/${sent} answered)`;
  await Promise.all(inFlight);
  phase = "report";

  const calls = await sandbox.calls();
  if ((await sandbox.callsReceived()) !== calls.length) throw new Error("the sandbox trimmed its call log");
  const arrivals = calls.map((c) => c.at).sort((a, b) => a - b);
  let maxPerSecond = 0;
  for (let i = 0, j = 0; i < arrivals.length; i++) {
    while (arrivals[i]! - arrivals[j]! >= 1000) j++;
    maxPerSecond = Math.max(maxPerSecond, i - j + 1);
  }
  const rateErrors = calls.filter((c) => c.errorCode === 60007).length;
  const peak = Math.max(...apps.map((a) => peakRssMb(a.pid!)));
  console.log(
    `bench:load builds=${builds.map((b) => b.buildId).join(",")} (one key) offered=${sent} seconds=${SECONDS} upstream_calls=${arrivals.length} outcomes=${JSON.stringify(outcomes)}`,
  );
  console.log(
    `bench:load p50_ms=${percentile(latencies, 50).toFixed(1)} p99_ms=${percentile(latencies, 99).toFixed(1)}`,
  );
  console.log(
    `bench:load limit_per_s=${LIMIT} max_upstream_per_s=${maxPerSecond} rate_errors=${rateErrors} p95_ms=${percentile(latencies, 95).toFixed(1)} peak_rss_mb=${peak}`,
  );
} finally {
  phase = "stop";
  await Promise.all(apps.map(stop));
  await sandbox.stop();
  await redis.quit();
  fs.rmSync(dir, { recursive: true, force: true });
}
