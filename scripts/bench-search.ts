// Meeting search at a million meetings, on SQLite and PostgreSQL. Not a test: it prints numbers.
//   npm run bench:search [-- --rows 1000000 --samples 400 --engines sqlite,postgres]
// Seeds each engine once (scripts/seed-meetings.ts; reused while the count suffices), starts the build
// against it, signs in as a support user, then runs each sampled search twice in one phase, alternating
// which goes first: through the meetings route (/api/meetings, timed by the client over loopback HTTP)
// and as the route's own indexed queries (listMeetings: the common-search probe when there is a search,
// the page, its invitees) run directly. The searches are what people
// type: an invitee's or owner's account, part of a name, part of a Room ID, a word in Japanese or
// Chinese, two letters.
import { parseArgs } from "node:util";
import type { ChildProcess } from "node:child_process";
import type { MeetingTab } from "@/lib/meetings/types";
import { openDatabase, type Db } from "@/lib/server/db/connect";
import { listMeetings } from "@/lib/server/meetings/list-meetings";
import { databaseConfig, ensurePostgresDatabase } from "./lib/bench-db";
import { ensureBuild } from "./lib/builds";
import { percentile, startNext, stop, waitFor } from "./lib/processes";
import { signIn } from "./lib/app-session";
import { createSupportUser } from "./lib/bench-user";
import { meetingCount, seedClock, seedMeeting, seedMeetings } from "./seed-meetings";

const { values } = parseArgs({
  options: { rows: { type: "string" }, samples: { type: "string" }, engines: { type: "string" } },
});
const ROWS = Number(values.rows ?? 1_000_000);
const SAMPLES = Number(values.samples ?? 400);
const ENGINES = (values.engines ?? "sqlite,postgres").split(",") as ("sqlite" | "postgres")[];
const URLS = {
  sqlite: "file:./data/bench/meetings-sqlite.db",
  postgres: "postgres://postgres@127.0.0.1:5432/roomdesk_bench_search",
};
const [sqlitePort, postgresPort] = (process.env.BENCH_PORTS ?? "3293,3294").split(",").map(Number);
const PORTS = { sqlite: sqlitePort!, postgres: postgresPort! };
const AUTH_SECRET = "bench-search-secret-0123456789abcdef0123456789ab";
const USER = { email: "bench-search@roomdesk.test", password: "bench-search-Passw0rd!" };

interface Search {
  q: string;
  tab: MeetingTab;
}

/** Searches built from seeded meetings picked at random, so each one finds something. */
function sampleSearches(n: number, rows: number, now: number): Search[] {
  const tabs: MeetingTab[] = ["upcoming", "past", "cancelled"];
  return Array.from({ length: n }, (_, i) => {
    const m = seedMeeting(Math.floor(Math.random() * rows), now);
    const words = m.room_name.split(" ");
    const q = [
      m.invitees[0] ?? m.owner_account,
      m.owner_account,
      m.room_name.slice(0, Math.max(...words.map((w) => w.length))),
      m.room_id.slice(3, 8),
      words.find((w) => /[^\x00-\x7f]/.test(w))?.slice(0, 3) ?? m.room_name.slice(-5),
      words[0]!.slice(0, 2),
    ][i % 6]!;
    return { q, tab: tabs[i % 3]! };
  });
}

async function rawSearch(db: Db, s: Search, now: number): Promise<number> {
  const t = performance.now();
  await listMeetings(db, { tab: s.tab, q: s.q, nowSeconds: now });
  return performance.now() - t;
}

async function routeSearch(baseUrl: string, cookie: string, s: Search): Promise<number> {
  const t = performance.now();
  const res = await fetch(`${baseUrl}/api/meetings?tab=${s.tab}&q=${encodeURIComponent(s.q)}`, {
    headers: { cookie },
  });
  const body = (await res.json()) as { items?: unknown[] };
  const ms = performance.now() - t;
  if (res.status !== 200 || !Array.isArray(body.items))
    throw new Error(`search "${s.q}" failed: ${res.status}`);
  return ms;
}

async function alternate(db: Db, baseUrl: string, cookie: string, searches: Search[]) {
  const raw: number[] = [];
  const route: number[] = [];
  for (const [i, s] of searches.entries()) {
    // The route reads its own clock; the raw query gets the same second.
    const now = Math.floor(Date.now() / 1000);
    if (i % 2 === 0) {
      raw.push(await rawSearch(db, s, now));
      route.push(await routeSearch(baseUrl, cookie, s));
    } else {
      route.push(await routeSearch(baseUrl, cookie, s));
      raw.push(await rawSearch(db, s, now));
    }
  }
  return { raw, route };
}

const fmt = (n: number) => n.toFixed(2);

async function benchEngine(engine: "sqlite" | "postgres") {
  console.log(`\n[${engine}]`);
  const url = URLS[engine];
  if (engine === "postgres") await ensurePostgresDatabase("roomdesk_bench_search");
  const now = seedClock();
  const { added, ms } = await seedMeetings(url, ROWS, now);
  console.log(
    added
      ? `  seeded ${added} meetings in ${(ms / 1000).toFixed(1)} s`
      : `  reusing ${await meetingCount(url)} meetings`,
  );
  const db = await openDatabase(databaseConfig(url));
  const baseUrl = `http://127.0.0.1:${PORTS[engine]}`;
  let child: ChildProcess | null = null;
  try {
    await createSupportUser(db, AUTH_SECRET, USER);
    child = startNext(PORTS[engine], {
      DATABASE_URL: url,
      BETTER_AUTH_SECRET: AUTH_SECRET,
      // Searching never calls TRTC; nothing listens at this sandbox URL.
      TRTC_MODE: "sandbox",
      TRTC_SDK_APP_ID: "1400555003",
      TRTC_SECRET_KEY: AUTH_SECRET,
      TRTC_API_BASE_URL: "http://127.0.0.1:9",
      NODE_ENV: "production",
    });
    await waitFor(`${baseUrl}/api/health`);
    const cookie = await signIn(baseUrl, USER.email, USER.password);
    await alternate(db, baseUrl, cookie, sampleSearches(60, ROWS, now)); // warm both sides
    const { raw, route } = await alternate(db, baseUrl, cookie, sampleSearches(SAMPLES, ROWS, now));
    const line = (name: string, v: number[]) =>
      console.log(
        `  ${name}: p50=${fmt(percentile(v, 50))} ms  p95=${fmt(percentile(v, 95))} ms  max=${fmt(Math.max(...v))} ms  (n=${v.length})`,
      );
    line("indexed queries, direct       ", raw);
    line("route, as the client sees it  ", route);
    return { p95: percentile(route, 95), ratio: percentile(route, 95) / percentile(raw, 95) };
  } finally {
    if (child) await stop(child);
    await db.close();
  }
}

ensureBuild();
const results: Record<string, { p95: number; ratio: number }> = {};
for (const engine of ENGINES) results[engine] = await benchEngine(engine);
const part = (e: string) =>
  `${e}_p95_ms=${fmt(results[e]?.p95 ?? NaN)} ${e}_ratio=${fmt(results[e]?.ratio ?? NaN)}`;
console.log(`bench:search ${part("sqlite")} ${part("postgres")}`);
