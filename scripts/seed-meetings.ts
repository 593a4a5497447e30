// Fills the meetings index with a year of a large company's meetings, for bench:search, through the app's
// own migrations (so SQLite's search triggers fill the FTS table as the app's own writes do).
//   npm run seed:meetings -- --rows 1000000 [--database-url file:./data/bench/meetings.db | postgres://…]
// Defaults to a dedicated SQLite file, never the app's database. Rows are appended after those present.
import { parseArgs } from "node:util";
import { pathToFileURL } from "node:url";
import BetterSqlite3 from "better-sqlite3";
import pg from "pg";
import { openDatabase } from "@/lib/server/db/connect";
import { databaseConfig } from "./lib/bench-db";

export const DEFAULT_MEETINGS_SEED_URL = "file:./data/bench/meetings.db";

const KINDS = [
  "Weekly standup",
  "Sprint planning",
  "Design review",
  "Interview",
  "Customer call",
  "Training",
  "Board meeting",
  "1:1",
  "All hands",
  "Retrospective",
  "週次定例会議",
  "採用面接",
  "产品评审会",
  "客户沟通",
];
const TEAMS = ["Platform", "Payments", "Search", "Mobile", "Sales APAC", "Support", "Legal", "東京", "上海"];
const OWNERS = 2_000;
const PEOPLE = 50_000;
const YEAR = 365 * 86_400;

export interface SeedMeeting {
  room_id: string;
  room_name: string;
  owner_account: string;
  start_time: number;
  end_time: number;
  invitees: string[];
}

/** Meeting `n` of the seed: the same n always gives the same meeting. Starts spread over a year around now. */
export function seedMeeting(n: number, nowSeconds: number): SeedMeeting {
  const h = (k: number) => (Math.imul(n + 1, 2654435761) ^ Math.imul(k + 1, 40503)) >>> 0;
  const start = nowSeconds - YEAR / 2 + (h(1) % YEAR);
  const invitees = Array.from({ length: h(2) % 6 }, (_, i) => `user_${(h(10 + i) % PEOPLE).toString(36)}`);
  return {
    room_id: `rd-${n.toString(36).padStart(6, "0")}`,
    room_name: `${TEAMS[h(3) % TEAMS.length]} ${KINDS[h(4) % KINDS.length]} #${n % 997}`,
    owner_account: `owner_${(h(5) % OWNERS).toString(36)}`,
    start_time: start - (start % 300),
    end_time: start - (start % 300) + 1800 + (h(6) % 4) * 1800,
    invitees: [...new Set(invitees)],
  };
}

export async function meetingCount(url: string): Promise<number> {
  const db = await openDatabase(databaseConfig(url)); // migrations run here
  try {
    const r = await db.kysely
      .selectFrom("meetings")
      .select((eb) => eb.fn.countAll<string | number>().as("n"))
      .executeTakeFirstOrThrow();
    return Number(r.n);
  } finally {
    await db.close();
  }
}

const settings = JSON.stringify({ maxMemberCount: null, seats: { enabled: false }, customInfo: "" });

function seedSqlite(file: string, from: number, to: number, now: number) {
  const db = new BetterSqlite3(file);
  db.pragma("journal_mode = WAL");
  db.pragma("synchronous = OFF");
  db.pragma("cache_size = -262144");
  const meeting = db.prepare(
    `insert into meetings (room_id, room_name, owner_account, start_time, end_time, time_zone, settings, status,
       source, created_by, sequence, created_at, updated_at) values (?, ?, ?, ?, ?, 'Asia/Tokyo', ?, ?, 'scheduled', 'seed', 0, ?, ?)`,
  );
  const invitee = db.prepare("insert into meeting_invitees (room_id, user_id, position) values (?, ?, ?)");
  const at = new Date(now * 1000).toISOString();
  // Invitees first: the meeting's insert trigger then writes its search row whole, once.
  const batch = db.transaction((a: number, b: number) => {
    // Checked at commit, when each invitee's meeting is there.
    db.pragma("defer_foreign_keys = ON");
    for (let n = a; n < b; n++) {
      const m = seedMeeting(n, now);
      m.invitees.forEach((u, i) => invitee.run(m.room_id, u, i));
      meeting.run(
        m.room_id,
        m.room_name,
        m.owner_account,
        m.start_time,
        m.end_time,
        settings,
        n % 20 === 0 ? "cancelled" : "scheduled",
        at,
        at,
      );
    }
  });
  for (let n = from; n < to; n += 10_000) batch(n, Math.min(to, n + 10_000));
  db.exec("ANALYZE");
  db.close();
}

async function seedPostgres(url: string, from: number, to: number, now: number) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const at = new Date(now * 1000).toISOString();
  for (let n = from; n < to; n += 20_000) {
    const ms = Array.from({ length: Math.min(to, n + 20_000) - n }, (_, i) => seedMeeting(n + i, now));
    await client.query("begin");
    await client.query(
      `insert into meetings (room_id, room_name, owner_account, start_time, end_time, time_zone, settings, status,
         source, created_by, sequence, created_at, updated_at)
       select r, nm, o, s, e, 'Asia/Tokyo', $6, st, 'scheduled', 'seed', 0, $7, $7
       from unnest($1::text[], $2::text[], $3::text[], $4::int[], $5::int[], $8::text[]) as t(r, nm, o, s, e, st)`,
      [
        ms.map((m) => m.room_id),
        ms.map((m) => m.room_name),
        ms.map((m) => m.owner_account),
        ms.map((m) => m.start_time),
        ms.map((m) => m.end_time),
        settings,
        at,
        ms.map((_, i) => ((n + i) % 20 === 0 ? "cancelled" : "scheduled")),
      ],
    );
    const inv = ms.flatMap((m) => m.invitees.map((u, i) => [m.room_id, u, i] as const));
    await client.query(
      "insert into meeting_invitees (room_id, user_id, position) select * from unnest($1::text[], $2::text[], $3::int[])",
      [inv.map((x) => x[0]), inv.map((x) => x[1]), inv.map((x) => x[2])],
    );
    await client.query("commit");
  }
  await client.query("analyze meetings");
  await client.query("analyze meeting_invitees");
  await client.end();
}

/** Adds meetings until the index at `url` holds `rows`; a fixed clock keeps reruns the same meetings. */
export async function seedMeetings(
  url: string,
  rows: number,
  nowSeconds: number,
): Promise<{ added: number; ms: number }> {
  const started = performance.now();
  const have = await meetingCount(url);
  if (have >= rows) return { added: 0, ms: 0 };
  const c = databaseConfig(url);
  if (c.kind === "sqlite") seedSqlite(c.file, have, rows, nowSeconds);
  else await seedPostgres(c.url, have, rows, nowSeconds);
  return { added: rows - have, ms: performance.now() - started };
}

/** The seed's clock: the start of this month, so a rerun this month adds the same meetings. */
export const seedClock = () => {
  const d = new Date();
  return Math.floor(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1) / 1000);
};

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const { values } = parseArgs({ options: { rows: { type: "string" }, "database-url": { type: "string" } } });
  const rows = Number(values.rows ?? 1_000_000);
  const url = values["database-url"] ?? DEFAULT_MEETINGS_SEED_URL;
  if (!Number.isInteger(rows) || rows < 1) {
    console.error("usage: npm run seed:meetings -- --rows <n> [--database-url file:… | postgres://…]");
    process.exit(2);
  }
  const { added, ms } = await seedMeetings(url, rows, seedClock());
  console.log(
    `seed:meetings: ${added} meetings added in ${(ms / 1000).toFixed(1)} s; the index holds ${await meetingCount(url)}`,
  );
}
