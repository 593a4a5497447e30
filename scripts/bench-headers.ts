// bench:headers — GET /api/health latency while 50 requests with 15,000-character User-Agents are in
// flight, against its latency with nothing else going on, alternating in one run. Each flood round
// sends the 50 at once on fresh connections from a worker thread (so this thread only measures), then
// one health check once all 50 have left, and waits for all 51. `-- --server=next` runs the same
// against plain `next start`, to show what server.mjs's header limits save.
import fs from "node:fs";
import http from "node:http";
import path from "node:path";
import { randomBytes } from "node:crypto";
import { Worker } from "node:worker_threads";
import { ensureBuild } from "./lib/builds";
import { percentile, startNext, stop, waitFor, watchdog } from "./lib/processes";

const server = process.argv.includes("--server=next") ? "next" : "roomdesk";
const PORT = Number(process.env.BENCH_PORT ?? 3420);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 60);
const FLOOD = 50;
const LONG_UA = "x".repeat(15_000);
const BROWSER_UA =
  "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0 Safari/537.36";
/** Plain `next start` can take minutes per round; past this no further flood rounds start. */
const FLOOD_BUDGET_MS = Number(process.env.BENCH_FLOOD_BUDGET_MS ?? 120_000);

ensureBuild();
const dir = path.resolve("data/bench");
fs.mkdirSync(dir, { recursive: true });
const dbFile = path.join(dir, `headers-${Date.now()}.db`);
const env = {
  TRTC_MODE: "sandbox",
  BETTER_AUTH_SECRET: randomBytes(32).toString("hex"),
  TRTC_SDK_APP_ID: "1400555002",
  TRTC_SECRET_KEY: randomBytes(32).toString("hex"),
  // Health never calls TRTC; nothing listens here.
  TRTC_API_BASE_URL: "http://127.0.0.1:9",
  DATABASE_URL: `file:${dbFile}`,
};
let phase = "starting";
watchdog(FLOOD_BUDGET_MS + 600_000, () => phase);
const portTaken = await fetch(`http://127.0.0.1:${PORT}/`).then(
  () => true,
  () => false,
);
if (portTaken) throw new Error(`port ${PORT} is in use; set BENCH_PORT to a free one`);
const app = startNext(PORT, env, { server });
app.once("exit", (code) => {
  if (phase !== "done") {
    console.error(`bench: the ${server} server exited (${code}) during ${phase}`);
    process.exit(1);
  }
});

/**
 * One health check on a fresh connection, as a load balancer's probe; resolves with the milliseconds
 * until the whole answer arrived. A check that fails (dropped, or not 200) counts too, with its time.
 */
let failedChecks = 0;
function health(): Promise<number> {
  const t0 = performance.now();
  const failed = () => (failedChecks++, performance.now() - t0);
  return new Promise((resolve) => {
    const req = http.get(
      {
        host: "127.0.0.1",
        port: PORT,
        path: "/api/health",
        agent: false,
        headers: { "user-agent": BROWSER_UA },
      },
      (res) => {
        res.resume();
        res.on("end", () => resolve(res.statusCode === 200 ? performance.now() - t0 : failed()));
        res.on("error", () => resolve(failed()));
      },
    );
    req.on("error", () => resolve(failed()));
  });
}

/**
 * Sends `count` requests at once on fresh connections, as a flood from many clients would arrive. A
 * connection the server drops (plain `next start` times some out while its event loop is blocked)
 * counts as the answer "dropped".
 */
const FLOOD_WORKER = `
const http = require("node:http");
const { parentPort, workerData } = require("node:worker_threads");
parentPort.on("message", (count) => {
  let sent = 0, done = 0;
  const answers = {};
  const answered = (what) => {
    answers[what] = (answers[what] || 0) + 1;
    if (++done === count) parentPort.postMessage({ done: answers });
  };
  for (let i = 0; i < count; i++) {
    const req = http.get({ host: "127.0.0.1", port: workerData.port, path: "/api/health", agent: false,
      headers: { "user-agent": workerData.userAgent } }, (res) => {
      res.resume();
      res.on("end", () => answered(res.statusCode));
      res.on("error", () => answered("dropped"));
    });
    req.on("error", () => answered("dropped"));
    req.on("finish", () => { if (++sent === count) parentPort.postMessage({ sent: true }); });
  }
});`;
const flooder = new Worker(FLOOD_WORKER, { eval: true, workerData: { port: PORT, userAgent: LONG_UA } });
flooder.unref();

/** Resolves `sent` when all `count` requests have left, `done` with the answers once all are in. */
function sendFlood(count: number) {
  let onSent!: () => void;
  let onDone!: (s: Record<string, number>) => void;
  const sent = new Promise<void>((r) => (onSent = r));
  const done = new Promise<Record<string, number>>((r) => (onDone = r));
  const listener = (m: { sent?: true; done?: Record<string, number> }) => {
    if (m.sent) onSent();
    if (m.done) {
      flooder.off("message", listener);
      onDone(m.done);
    }
  };
  flooder.on("message", listener);
  flooder.postMessage(count);
  return { sent, done };
}

try {
  await waitFor(`http://127.0.0.1:${PORT}/api/health`);
  phase = "warm-up";
  for (let i = 0; i < 30; i++) await health();
  failedChecks = 0;

  // Alternating, so both sides see the same machine load.
  phase = "rounds";
  const idle: number[] = [];
  const underFlood: number[] = [];
  const statuses = new Map<string, number>();
  const started = performance.now();
  for (let i = 0; i < ROUNDS; i++) {
    idle.push(await health());
    if (performance.now() - started > FLOOD_BUDGET_MS) continue;
    const long = sendFlood(FLOOD);
    await long.sent;
    underFlood.push(await health());
    for (const [status, n] of Object.entries(await long.done))
      statuses.set(status, (statuses.get(status) ?? 0) + n);
  }

  const idleP95 = percentile(idle, 95);
  const floodP95 = percentile(underFlood, 95);
  const answered = [...statuses].map(([s, n]) => `${s}x${n}`).join(",");
  console.log(
    `bench:headers server=${server} rounds_idle=${idle.length} rounds_flood=${underFlood.length} ` +
      `flood_answers=${answered} failed_health_checks=${failedChecks} idle_p50_ms=${percentile(idle, 50).toFixed(2)} ` +
      `flood_p50_ms=${percentile(underFlood, 50).toFixed(2)}`,
  );
  console.log(
    `bench:headers idle_p95_ms=${idleP95.toFixed(2)} flood_p95_ms=${floodP95.toFixed(2)} ratio=${(floodP95 / idleP95).toFixed(2)}`,
  );
} finally {
  phase = "done";
  await flooder.terminate();
  await stop(app);
  for (const f of fs.readdirSync(dir))
    if (f.startsWith(path.basename(dbFile))) fs.rmSync(path.join(dir, f), { force: true });
}
