// RequestId lookup and CSV export at scale, on SQLite and Postgres. Not a test: it prints numbers.
//   npm run bench:lookup [-- --rows 1000000 --samples 1000 --engines sqlite,postgres]
// Seeds each engine once (reused while the row count suffices), starts `next start` against it, signs
// in as a support user, warms both sides up on ids of their own, then looks up each sampled RequestId
// twice in one phase, alternating which goes first: through the route (timed by the client over one
// kept-alive loopback connection, scripts/lib/keep-alive-get.ts) and as the route's indexed SELECT run
// directly through Kysely. The closing line compares the two as the client sees them; the route's
// Server-Timing breakdown (guard, query, audit write) is printed above it.
import { parseArgs } from "node:util";
import type { ChildProcess } from "node:child_process";
import { openDatabase, type Db } from "@/lib/server/db/connect";
import { requestIdEquals } from "@/lib/server/support/request-id-key";
import { databaseConfig, ensurePostgresDatabase } from "./lib/bench-db";
import { ensureBuild } from "./lib/builds";
import { percentile, rssMb, startNext, stop, waitFor } from "./lib/processes";
import { actionRequest, findAction } from "./lib/actions";
import { auditRowCount, seedAudit } from "./seed-audit";
import { createSupportUser } from "./lib/bench-user";
import { keepAliveClient } from "./lib/keep-alive-get";

const { values } = parseArgs({
  options: {
    rows: { type: "string" },
    samples: { type: "string" },
    warmup: { type: "string" },
    engines: { type: "string" },
  },
});
const ROWS = Number(values.rows ?? 1_000_000);
const SAMPLES = Number(values.samples ?? 1000);
/*
 * Lookups run before the measured ones, on other RequestIds, so the numbers are a running server's: the
 * server's JIT is still settling over its first thousand or so requests (here, the route's p95 over 1,000
 * lookups fell from 4.3 ms right after start to 1.7–2.5 ms in the next thousands, with the same code), and
 * a support engineer's lookup lands on a server that has been up all morning.
 */
const WARMUP = Number(values.warmup ?? 1000);
const ENGINES = (values.engines ?? "sqlite,postgres").split(",") as ("sqlite" | "postgres")[];
const URLS = {
  sqlite: "file:./data/bench/audit-sqlite.db",
  postgres: "postgres://postgres@127.0.0.1:5432/roomdesk_bench",
};
const [sqlitePort, postgresPort] = (process.env.BENCH_PORTS ?? "3291,3292").split(",").map(Number);
const PORTS = { sqlite: sqlitePort!, postgres: postgresPort! };
const AUTH_SECRET = "bench-lookup-secret-0123456789abcdef0123456789";
const USER = { email: "bench-support@roomdesk.test", password: "bench-lookup-Passw0rd!" };

async function ensureSeeded(url: string) {
  const { count } = await auditRowCount(url);
  if (count >= ROWS) return console.log(`  reusing ${count} rows`);
  const { ms } = await seedAudit(url, ROWS - count);
  console.log(`  seeded ${ROWS - count} rows in ${(ms / 1000).toFixed(1)} s`);
}

/** Distinct random existing RequestIds, picked by id so the pick itself is an index lookup. */
async function sampleRequestIds(db: Db, n: number): Promise<string[]> {
  const max = Number(
    (
      await db.kysely
        .selectFrom("audit_log")
        .select((eb) => eb.fn.max("id").as("m"))
        .executeTakeFirstOrThrow()
    ).m,
  );
  const out = new Set<string>();
  for (let tries = 0; out.size < n; tries++) {
    if (tries > 20 * n)
      throw new Error(
        `could not find ${n} distinct RequestIds among ${max} rows: seed more (--rows) or sample fewer`,
      );
    const r = await db.kysely
      .selectFrom("audit_log")
      .select("request_id")
      .where("id", "=", 1 + Math.floor(Math.random() * max))
      .executeTakeFirst();
    if (r?.request_id) out.add(r.request_id);
  }
  return [...out];
}

/** The route's query, straight through Kysely: the floor the route is compared against. */
async function rawLookup(db: Db, id: string): Promise<number> {
  const t = performance.now();
  await db.kysely
    .selectFrom("audit_log")
    .selectAll()
    .where(requestIdEquals(db.dialect, id))
    .where("action", "not like", "support.%")
    .orderBy("occurred_at", "desc")
    .orderBy("id", "desc")
    .limit(51)
    .execute();
  return performance.now() - t;
}

/** The one login step: signs in through the app's own sign-in action and returns the session cookie. */
async function signIn(baseUrl: string): Promise<string> {
  const { url, init } = actionRequest(baseUrl, findAction("signInAction"), [USER]);
  const res = await fetch(url, { ...init, redirect: "manual" });
  const cookies = res.headers
    .getSetCookie()
    .map((c) => c.split(";")[0]!)
    .filter((c) => !c.endsWith("="));
  if (cookies.length === 0)
    throw new Error(`sign-in failed: HTTP ${res.status} ${(await res.text()).slice(0, 200)}`);
  return cookies.join("; ");
}

interface RouteTiming {
  client: number;
  /** Server-Timing: total, and its parts. */
  server: Record<"total" | "auth" | "db" | "audit", number>;
}

type Client = ReturnType<typeof keepAliveClient>;

async function routeLookup(
  client: Client,
  baseUrl: string,
  cookie: string,
  id: string,
): Promise<RouteTiming> {
  const t = performance.now();
  const res = await client.get(`${baseUrl}/api/support/search?q=${encodeURIComponent(id)}`, { cookie });
  const body = JSON.parse(res.body) as { items?: { requestId: string }[] };
  const took = performance.now() - t;
  if (res.status !== 200 || body.items?.[0]?.requestId !== id)
    throw new Error(`lookup of ${id} failed: ${res.status}`);
  const timing = String(res.headers["server-timing"] ?? "");
  const dur = (name: string) => Number(new RegExp(`${name};dur=([\\d.]+)`).exec(timing)?.[1]);
  return {
    client: took,
    server: { total: dur("total"), auth: dur("auth"), db: dur("db"), audit: dur("audit") },
  };
}

/** Both lookups per id, alternating which goes first, so both see the same moment of a noisy machine. */
async function alternate(db: Db, client: Client, baseUrl: string, cookie: string, ids: string[]) {
  const raw: number[] = [];
  const route: RouteTiming[] = [];
  for (const [i, id] of ids.entries()) {
    if (i % 2 === 0) {
      raw.push(await rawLookup(db, id));
      route.push(await routeLookup(client, baseUrl, cookie, id));
    } else {
      route.push(await routeLookup(client, baseUrl, cookie, id));
      raw.push(await rawLookup(db, id));
    }
  }
  return { raw, route };
}

async function exportAll(baseUrl: string, cookie: string, child: ChildProcess) {
  const pid = child.pid!;
  const before = rssMb(pid);
  let peak = before;
  const timer = setInterval(() => (peak = Math.max(peak, rssMb(pid))), 25);
  const t = performance.now();
  const res = await fetch(`${baseUrl}/api/support/export`, { headers: { cookie } });
  let lines = 0;
  let bytes = 0;
  for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) {
    bytes += chunk.length;
    for (const b of chunk) if (b === 10) lines++;
  }
  clearInterval(timer);
  peak = Math.max(peak, rssMb(pid));
  return {
    rows: lines - 1,
    mb: bytes / 1e6,
    seconds: (performance.now() - t) / 1000,
    before,
    growth: peak - before,
  };
}

const fmt = (n: number) => n.toFixed(2);

const p = (values: number[], q: number) => fmt(percentile(values, q));

async function benchEngine(engine: "sqlite" | "postgres") {
  console.log(`\n[${engine}]`);
  const url = URLS[engine];
  if (engine === "postgres") await ensurePostgresDatabase("roomdesk_bench");
  await ensureSeeded(url);
  const db = await openDatabase(databaseConfig(url));
  const baseUrl = `http://127.0.0.1:${PORTS[engine]}`;
  let child: ChildProcess | null = null;
  const http = keepAliveClient();
  try {
    await createSupportUser(db, AUTH_SECRET, USER);
    const sampled = await sampleRequestIds(db, WARMUP + SAMPLES);
    const [warmupIds, ids] = [sampled.slice(0, WARMUP), sampled.slice(WARMUP)];
    const visible = await db.kysely
      .selectFrom("audit_log")
      .select((eb) => eb.fn.countAll<string | number>().as("n"))
      .where("action", "not like", "support.%")
      .where("action", "not like", "auth.%")
      .executeTakeFirstOrThrow();
    child = startNext(PORTS[engine], {
      DATABASE_URL: url,
      BETTER_AUTH_SECRET: AUTH_SECRET,
      // Lookups never call TRTC; nothing listens at this sandbox URL.
      TRTC_MODE: "sandbox",
      TRTC_SDK_APP_ID: "1400555003",
      TRTC_SECRET_KEY: AUTH_SECRET,
      TRTC_API_BASE_URL: "http://127.0.0.1:9",
      NODE_ENV: "production",
    });
    await waitFor(`${baseUrl}/api/health`);
    const cookie = await signIn(baseUrl);
    const cold = await alternate(db, http, baseUrl, cookie, warmupIds);
    const { raw, route } = await alternate(db, http, baseUrl, cookie, ids);
    console.log(
      `  warm-up, the first ${WARMUP} after start: route p95=${p(
        cold.route.map((r) => r.client),
        95,
      )} ms (node:http client, loopback), raw p95=${p(cold.raw, 95)} ms`,
    );
    const client = route.map((r) => r.client);
    const server = (k: keyof RouteTiming["server"]) => route.map((r) => r.server[k]);
    console.log(
      `  raw Kysely SELECT by RequestId:          p50=${p(raw, 50)} ms  p95=${p(raw, 95)} ms  (n=${raw.length})`,
    );
    console.log(
      `  route, node:http client (loopback):      p50=${p(client, 50)} ms  p95=${p(client, 95)} ms`,
    );
    console.log(
      `  route, Server-Timing total:              p50=${p(server("total"), 50)} ms  p95=${p(server("total"), 95)} ms  (guard + query + audit write)`,
    );
    const split = (["auth", "db", "audit"] as const).map(
      (k) => `${k} p50=${p(server(k), 50)} p95=${p(server(k), 95)}`,
    );
    console.log(`  Server-Timing split (ms): ${split.join(" · ")}`);
    const raw95 = percentile(raw, 95);
    console.log(
      `  ratio p95 to raw: client ${fmt(percentile(client, 95) / raw95)} · server total ${fmt(percentile(server("total"), 95) / raw95)} · the route's query part ${fmt(percentile(server("db"), 95) / raw95)}`,
    );
    const exp = await exportAll(baseUrl, cookie, child);
    console.log(
      `  export: ${exp.rows} rows (${Number(visible.n)} expected: what the trail lists unasked, every row but support.* and auth.*), ${exp.mb.toFixed(0)} MB in ${exp.seconds.toFixed(1)} s; server RSS ${exp.before} MB before, peak growth ${exp.growth} MB`,
    );
    return { p95: percentile(client, 95), ratio: percentile(client, 95) / raw95 };
  } finally {
    http.close();
    if (child) await stop(child);
    await db.close();
  }
}

ensureBuild();
const results: Record<string, { p95: number; ratio: number }> = {};
for (const engine of ENGINES) results[engine] = await benchEngine(engine);
const part = (e: string) =>
  `${e}_p95_ms=${fmt(results[e]?.p95 ?? NaN)} ${e}_ratio=${fmt(results[e]?.ratio ?? NaN)}`;
console.log(`bench:lookup ${part("sqlite")} ${part("postgres")}`);
