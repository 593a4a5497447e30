// RequestId lookup and CSV export at scale, on SQLite and Postgres. Not a test: it prints numbers.
//   npm run bench:lookup [-- --rows 1000000 --samples 1000 --engines sqlite,postgres]
// Seeds each engine once (reused while the row count suffices), starts `next start` against it, signs
// in as a support user, then compares the route's server time (its Server-Timing header: guard + query +
// audit write) with the same indexed SELECT run directly through Kysely.
import { parseArgs } from "node:util";
import pg from "pg";
import type { ChildProcess } from "node:child_process";
import { openDatabase, type Db } from "@/lib/server/db/connect";
import { ensureBuild } from "./lib/builds";
import { percentile, rssMb, startNext, stop, waitFor } from "./lib/processes";
import { actionRequest, findAction } from "./lib/actions";
import { auditRowCount, seedAudit } from "./seed-audit";
import { createSupportUser } from "./lib/bench-user";

const { values } = parseArgs({
  options: { rows: { type: "string" }, samples: { type: "string" }, engines: { type: "string" } },
});
const ROWS = Number(values.rows ?? 1_000_000);
const SAMPLES = Number(values.samples ?? 1000);
const ENGINES = (values.engines ?? "sqlite,postgres").split(",") as ("sqlite" | "postgres")[];
const URLS = {
  sqlite: "file:./data/bench/audit-sqlite.db",
  postgres: "postgres://postgres@127.0.0.1:5432/roomdesk_bench",
};
const PORTS = { sqlite: 3291, postgres: 3292 };
const AUTH_SECRET = "bench-lookup-secret-0123456789abcdef0123456789";
const USER = { email: "bench-support@roomdesk.test", password: "bench-lookup-Passw0rd!" };
const dbConfig = (url: string) =>
  url.startsWith("file:")
    ? ({ kind: "sqlite", file: url.slice(5) } as const)
    : ({ kind: "postgres", url } as const);

async function ensurePostgresDatabase() {
  const c = new pg.Client({ connectionString: "postgres://postgres@127.0.0.1:5432/postgres" });
  await c.connect();
  const exists = await c.query("SELECT 1 FROM pg_database WHERE datname = 'roomdesk_bench'");
  if (exists.rowCount === 0) await c.query("CREATE DATABASE roomdesk_bench");
  await c.end();
}

async function ensureSeeded(url: string) {
  const { count } = await auditRowCount(url);
  if (count >= ROWS) return console.log(`  reusing ${count} rows`);
  const { ms } = await seedAudit(url, ROWS - count);
  console.log(`  seeded ${ROWS - count} rows in ${(ms / 1000).toFixed(1)} s`);
}

/** Random existing RequestIds, picked by id so the pick itself is an index lookup. */
async function sampleRequestIds(db: Db, n: number): Promise<string[]> {
  const max = Number(
    (
      await db.kysely
        .selectFrom("audit_log")
        .select((eb) => eb.fn.max("id").as("m"))
        .executeTakeFirstOrThrow()
    ).m,
  );
  const out: string[] = [];
  while (out.length < n) {
    const r = await db.kysely
      .selectFrom("audit_log")
      .select("request_id")
      .where("id", "=", 1 + Math.floor(Math.random() * max))
      .executeTakeFirst();
    if (r?.request_id) out.push(r.request_id);
  }
  return out;
}

/** The route's query, straight through Kysely: the floor the route is compared against. */
async function rawLookups(db: Db, ids: string[]): Promise<number[]> {
  const times: number[] = [];
  for (const id of ids) {
    const t = performance.now();
    await db.kysely
      .selectFrom("audit_log")
      .selectAll()
      .where("request_id", "=", id)
      .where("action", "not like", "support.%")
      .orderBy("occurred_at", "desc")
      .orderBy("id", "desc")
      .limit(51)
      .execute();
    times.push(performance.now() - t);
  }
  return times;
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

async function routeLookups(baseUrl: string, cookie: string, ids: string[]) {
  const server: number[] = [];
  const client: number[] = [];
  const parts: Record<string, number[]> = { auth: [], db: [], audit: [] };
  for (const id of ids) {
    const t = performance.now();
    const res = await fetch(`${baseUrl}/api/support/search?q=${encodeURIComponent(id)}`, {
      headers: { cookie },
    });
    const body = (await res.json()) as { items?: { requestId: string }[] };
    client.push(performance.now() - t);
    if (res.status !== 200 || body.items?.[0]?.requestId !== id)
      throw new Error(`lookup of ${id} failed: ${res.status}`);
    const timing = res.headers.get("server-timing") ?? "";
    const dur = (name: string) => Number(new RegExp(`${name};dur=([\\d.]+)`).exec(timing)?.[1]);
    server.push(dur("total"));
    for (const name of Object.keys(parts)) parts[name]!.push(dur(name));
  }
  return { server, client, parts };
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

async function benchEngine(engine: "sqlite" | "postgres") {
  console.log(`\n[${engine}]`);
  const url = URLS[engine];
  if (engine === "postgres") await ensurePostgresDatabase();
  await ensureSeeded(url);
  const db = await openDatabase(dbConfig(url));
  await createSupportUser(db, AUTH_SECRET, USER);
  const ids = await sampleRequestIds(db, SAMPLES);
  await rawLookups(db, ids.slice(0, 100)); // warm the cache and the statement path
  const raw = await rawLookups(db, ids);
  const visible = await db.kysely
    .selectFrom("audit_log")
    .select((eb) => eb.fn.countAll<string | number>().as("n"))
    .where("action", "not like", "support.%")
    .executeTakeFirstOrThrow();
  await db.close();

  const baseUrl = `http://127.0.0.1:${PORTS[engine]}`;
  const child = startNext(PORTS[engine], {
    DATABASE_URL: url,
    BETTER_AUTH_SECRET: AUTH_SECRET,
    NODE_ENV: "production",
  });
  try {
    await waitFor(`${baseUrl}/api/health`);
    const cookie = await signIn(baseUrl);
    await routeLookups(baseUrl, cookie, ids.slice(0, 100));
    const route = await routeLookups(baseUrl, cookie, ids);
    const exp = await exportAll(baseUrl, cookie, child);
    const r = {
      raw50: percentile(raw, 50),
      raw95: percentile(raw, 95),
      s50: percentile(route.server, 50),
      s95: percentile(route.server, 95),
    };
    console.log(
      `  raw Kysely SELECT by RequestId:        p50=${fmt(r.raw50)} ms  p95=${fmt(r.raw95)} ms  (n=${raw.length})`,
    );
    console.log(
      `  route server time (Server-Timing total): p50=${fmt(r.s50)} ms  p95=${fmt(r.s95)} ms  (guard + query + audit write)`,
    );
    console.log(
      `  route client round trip (loopback HTTP): p50=${fmt(percentile(route.client, 50))} ms  p95=${fmt(percentile(route.client, 95))} ms`,
    );
    const split = Object.entries(route.parts).map(
      ([k, v]) => `${k} p50=${fmt(percentile(v, 50))} p95=${fmt(percentile(v, 95))}`,
    );
    console.log(`  server time split (ms): ${split.join(" · ")}`);
    console.log(
      `  ratio route/raw p95: ${fmt(r.s95 / r.raw95)} (route's own query part alone: ${fmt(percentile(route.parts.db!, 95) / r.raw95)})`,
    );
    console.log(
      `  export: ${exp.rows} rows (${Number(visible.n) + 1} expected: every non-support.* row, incl. this run's sign-in), ${exp.mb.toFixed(0)} MB in ${exp.seconds.toFixed(1)} s; server RSS ${exp.before} MB before, peak growth ${exp.growth} MB`,
    );
    return { p95: r.s95, ratio: r.s95 / r.raw95 };
  } finally {
    await stop(child);
  }
}

ensureBuild();
const results: Record<string, { p95: number; ratio: number }> = {};
for (const engine of ENGINES) results[engine] = await benchEngine(engine);
const part = (e: string) =>
  `${e}_p95_ms=${fmt(results[e]?.p95 ?? NaN)} ${e}_ratio=${fmt(results[e]?.ratio ?? NaN)}`;
console.log(`bench:lookup ${part("sqlite")} ${part("postgres")}`);
