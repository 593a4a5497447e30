// bench:callbacks — how many of Tencent's callbacks one instance takes, and what that costs everyone else.
// First the floor: the highest rate the same build sustains on its most trivial route (/api/health, no
// session, one `select 1`), closed loop, on this machine now. Then callbacks are offered open loop at
// 2,000/s or that floor, whichever is lower, for 10 s, one in ten a redelivery of an earlier one, signed
// with a token, while /api/health is polled; its p95 then is compared with its p95 just before, idle.
// The flood runs in a worker thread so this thread only measures. Afterwards the database itself is
// read: every distinct event stored once, none lost.
import fs from "node:fs";
import http from "node:http";
import path from "node:path";
import { randomBytes } from "node:crypto";
import { Worker } from "node:worker_threads";
import BetterSqlite3 from "better-sqlite3";
import { ensureBuild } from "./lib/builds";
import { percentile, startNext, stop, waitFor, watchdog } from "./lib/processes";

const PORT = Number(process.env.BENCH_PORT ?? 3430);
const MAX_RATE = 2000;
const FLOOD_SECONDS = Number(process.env.BENCH_FLOOD_SECONDS ?? 10);
const SDK_APP_ID = "1400555003";
const TOKEN = randomBytes(16).toString("hex");

ensureBuild();
const dir = path.resolve("data/bench");
fs.mkdirSync(dir, { recursive: true });
const dbFile = path.join(dir, `callbacks-${Date.now()}.db`);
const env = {
  TRTC_MODE: "sandbox",
  BETTER_AUTH_SECRET: randomBytes(32).toString("hex"),
  TRTC_SDK_APP_ID: SDK_APP_ID,
  TRTC_SECRET_KEY: randomBytes(32).toString("hex"),
  // Receiving callbacks never calls TRTC; nothing listens here.
  TRTC_API_BASE_URL: "http://127.0.0.1:9",
  TRTC_CALLBACK_TOKEN: TOKEN,
  DATABASE_URL: `file:${dbFile}`,
};
let phase = "starting";
watchdog(900_000, () => phase);
const app = startNext(PORT, env);
app.once("exit", (code) => {
  if (phase !== "done") {
    console.error(`bench: the server exited (${code}) during ${phase}`);
    process.exit(1);
  }
});

const WORKER = `
const http = require("node:http");
const { createHash } = require("node:crypto");
const { parentPort, workerData } = require("node:worker_threads");
const { port, sdkAppId, token, room } = workerData;
const agent = new http.Agent({ keepAlive: true, maxSockets: 64 });

function send(path, body) {
  const t0 = performance.now();
  return new Promise((resolve) => {
    const req = http.request({ host: "127.0.0.1", port, path, method: body ? "POST" : "GET", agent,
      headers: body ? { "content-type": "application/json", "content-length": Buffer.byteLength(body) } : {} },
      (res) => {
        let text = "";
        res.setEncoding("utf8");
        res.on("data", (c) => (text += c));
        res.on("end", () => resolve({ ms: performance.now() - t0, ok: res.statusCode === 200 && text.includes('"OK"') || (!body && res.statusCode === 200) }));
        res.on("error", () => resolve({ ms: performance.now() - t0, ok: false }));
      });
    req.on("error", () => resolve({ ms: performance.now() - t0, ok: false }));
    if (body) req.end(body); else req.end();
  });
}

async function floor(seconds, concurrency) {
  const until = performance.now() + seconds * 1000;
  let done = 0;
  await Promise.all(Array.from({ length: concurrency }, async () => {
    while (performance.now() < until) { await send("/api/health"); done++; }
  }));
  return done / seconds;
}

function callback(i) {
  const seconds = Math.floor(Date.now() / 1000);
  const sign = createHash("sha256").update(token + seconds).digest("hex");
  const q = new URLSearchParams({ SdkAppid: sdkAppId, CallbackCommand: "Room.CallbackAfterMemberEnter",
    contenttype: "json", ClientIP: "127.0.0.1", OptPlatform: "Web", Sign: sign, RequestTime: String(seconds) });
  const account = "u" + i;
  const body = JSON.stringify({ CallbackCommand: "Room.CallbackAfterMemberEnter", EventTime: 1764662400000 + i,
    Operator_Account: account, RoomId: room, MemberCount: 1, Type: "Enter", MemberList_Account: [account] });
  return ["/api/trtc/callback?" + q, body];
}

async function flood(rate, seconds) {
  const total = Math.round(rate * seconds);
  const results = [];
  let unique = 0, dup = 0;
  const sent = [];
  const start = performance.now();
  for (let n = 0; n < total; n++) {
    // Open loop: request n leaves at its planned time whatever the answers so far.
    const due = start + (n * 1000) / rate;
    const wait = due - performance.now();
    if (wait > 1) await new Promise((r) => setTimeout(r, wait));
    let path, body;
    if (n % 10 === 9 && sent.length > 0) { [path, body] = sent[(n * 7919) % sent.length]; dup++; }
    else { [path, body] = callback(unique++); sent.push([path, body]); }
    results.push(send(path, body));
  }
  const sentMs = performance.now() - start;
  const answers = await Promise.all(results);
  const lastMs = performance.now() - start;
  return { total, unique, dup, sentMs, lastMs, latencies: answers.map((a) => a.ms), failed: answers.filter((a) => !a.ok).length };
}

parentPort.on("message", async (m) => {
  if (m.kind === "floor") parentPort.postMessage({ floor: await floor(m.seconds, 32) });
  if (m.kind === "flood") parentPort.postMessage({ flood: await flood(m.rate, m.seconds) });
});`;

const room = `bench-${Date.now()}`;
const worker = new Worker(WORKER, {
  eval: true,
  workerData: { port: PORT, sdkAppId: SDK_APP_ID, token: TOKEN, room },
});

function ask<T>(message: object, key: string): Promise<T> {
  return new Promise((resolve) => {
    const listener = (m: Record<string, unknown>) => {
      if (!(key in m)) return;
      worker.off("message", listener);
      resolve(m[key] as T);
    };
    worker.on("message", listener);
    worker.postMessage(message);
  });
}

/** One health check on its own connection, as a load balancer's probe; a failed one counts with its time. */
function health(): Promise<number> {
  const t0 = performance.now();
  return new Promise((resolve) => {
    const req = http.get({ host: "127.0.0.1", port: PORT, path: "/api/health", agent: false }, (res) => {
      res.resume();
      res.on("end", () => resolve(performance.now() - t0));
      res.on("error", () => resolve(performance.now() - t0));
    });
    req.on("error", () => resolve(performance.now() - t0));
  });
}

async function pollHealth(until: () => boolean): Promise<number[]> {
  const times: number[] = [];
  while (!until()) {
    times.push(await health());
    await new Promise((r) => setTimeout(r, 50));
  }
  return times;
}

interface FloodResult {
  total: number;
  unique: number;
  dup: number;
  sentMs: number;
  lastMs: number;
  latencies: number[];
  failed: number;
}

try {
  await waitFor(`http://127.0.0.1:${PORT}/api/health`);
  phase = "warm-up";
  for (let i = 0; i < 50; i++) await health();

  phase = "floor";
  const floor = await ask<number>({ kind: "floor", seconds: 5 }, "floor");
  const rate = Math.max(1, Math.floor(Math.min(MAX_RATE, floor)));

  phase = "idle health";
  const idleUntil = performance.now() + 5000;
  const idle = await pollHealth(() => performance.now() > idleUntil);

  phase = "flood";
  let flooding = true;
  const floodDone = ask<FloodResult>({ kind: "flood", rate, seconds: FLOOD_SECONDS }, "flood").then((r) => {
    flooding = false;
    return r;
  });
  const during = await pollHealth(() => !flooding);
  const flood = await floodDone;

  phase = "counting";
  const db = new BetterSqlite3(dbFile, { readonly: true });
  const stored = Number(
    (db.prepare("select count(*) as n from room_events where room_id = ?").get(room) as { n: number }).n,
  );
  const duplicates = Number(
    (
      db
        .prepare("select coalesce(sum(count), 0) as n from callback_counters where counter = 'duplicate'")
        .get() as { n: number }
    ).n,
  );
  db.close();

  const offeredPerS = flood.total / (flood.sentMs / 1000);
  const storedPerS = stored / (flood.lastMs / 1000);
  const lost = flood.unique - stored;
  const healthRatio = percentile(during, 95) / percentile(idle, 95);
  console.log(
    `bench:callbacks unique=${flood.unique} redelivered=${flood.dup} failed_answers=${flood.failed} ` +
      `stored_per_s=${storedPerS.toFixed(0)} stored_ratio=${(storedPerS / offeredPerS).toFixed(2)} ` +
      `health_idle_p95_ms=${percentile(idle, 95).toFixed(2)} health_flood_p95_ms=${percentile(during, 95).toFixed(2)} ` +
      `health_checks=${idle.length}/${during.length}`,
  );
  console.log(
    `bench:callbacks floor_per_s=${floor.toFixed(0)} offered_per_s=${offeredPerS.toFixed(0)} offered=${flood.total} ` +
      `stored=${stored} duplicates_dropped=${duplicates} lost=${lost} p99_ms=${percentile(flood.latencies, 99).toFixed(2)} ` +
      `health_ratio=${healthRatio.toFixed(2)}`,
  );
} finally {
  phase = "done";
  await worker.terminate();
  await stop(app);
  for (const f of fs.readdirSync(dir))
    if (f.startsWith(path.basename(dbFile))) fs.rmSync(path.join(dir, f), { force: true });
}
