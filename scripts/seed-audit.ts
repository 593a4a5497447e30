// Fills the audit tables with realistic rows for load tests, through the app's own migrations.
//   npm run seed:audit -- --rows 1000000 [--database-url file:./data/bench/audit.db | postgres://…]
// Defaults to a dedicated SQLite file, never the app's database. Rows are appended after the highest id.
import { parseArgs } from "node:util";
import { pathToFileURL } from "node:url";
import BetterSqlite3 from "better-sqlite3";
import pg from "pg";
import { openDatabase } from "@/lib/server/db/connect";
import { databaseConfig } from "./lib/bench-db";
import { CALL_COLUMNS } from "@/lib/server/support/rows";
import { auditRows, type SeedRow } from "./lib/seed-audit-rows";

export const DEFAULT_SEED_URL = "file:./data/bench/audit.db";
// The same columns, in the same order, that the support console reads.
const LOG_COLUMNS = CALL_COLUMNS;
const INT_COLUMNS = new Set(["id", "attempt", "error_code", "http_status", "latency_ms"]);

export async function auditRowCount(url: string): Promise<{ count: number; maxId: number }> {
  const db = await openDatabase(databaseConfig(url));
  try {
    const r = await db.kysely
      .selectFrom("audit_log")
      .select((eb) => [eb.fn.countAll<string | number>().as("n"), eb.fn.max("id").as("max")])
      .executeTakeFirstOrThrow();
    return { count: Number(r.n), maxId: Number(r.max ?? 0) };
  } finally {
    await db.close();
  }
}

function seedSqlite(file: string, rows: Iterable<SeedRow>) {
  const db = new BetterSqlite3(file);
  db.pragma("journal_mode = WAL");
  db.pragma("synchronous = OFF");
  db.pragma("cache_size = -262144");
  const PER = 500;
  const logSql = (n: number) =>
    `INSERT INTO audit_log (${LOG_COLUMNS.join(",")}) VALUES ` +
    Array.from({ length: n }, () => `(${LOG_COLUMNS.map(() => "?").join(",")})`).join(",");
  const payloadSql = (n: number) =>
    `INSERT INTO audit_payload (audit_id, request_body, response_body) VALUES ${Array.from({ length: n }, () => "(?,?,?)").join(",")}`;
  const full = { log: db.prepare(logSql(PER)), payload: db.prepare(payloadSql(PER)) };
  const write = (batch: SeedRow[]) => {
    const log = batch.length === PER ? full.log : db.prepare(logSql(batch.length));
    const payload = batch.length === PER ? full.payload : db.prepare(payloadSql(batch.length));
    log.run(batch.flatMap((r) => LOG_COLUMNS.map((c) => r[c])));
    payload.run(batch.flatMap((r) => [r.id, r.request_body, r.response_body]));
  };
  const inTx = db.transaction((batches: SeedRow[][]) => batches.forEach(write));
  let batches: SeedRow[][] = [];
  let batch: SeedRow[] = [];
  for (const r of rows) {
    batch.push(r);
    if (batch.length === PER) {
      batches.push(batch);
      batch = [];
    }
    if (batches.length === 100) {
      inTx(batches);
      batches = [];
    }
  }
  if (batch.length) batches.push(batch);
  inTx(batches);
  db.exec("ANALYZE");
  db.close();
}

async function seedPostgres(url: string, rows: Iterable<SeedRow>) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const PER = 20_000;
  const casts = LOG_COLUMNS.map((c, i) => `$${i + 1}::${INT_COLUMNS.has(c) ? "int" : "text"}[]`).join(",");
  const write = async (batch: SeedRow[]) => {
    await client.query("BEGIN");
    await client.query(
      `INSERT INTO audit_log (${LOG_COLUMNS.join(",")}) SELECT * FROM unnest(${casts})`,
      LOG_COLUMNS.map((c) => batch.map((r) => r[c])),
    );
    await client.query(
      "INSERT INTO audit_payload (audit_id, request_body, response_body) SELECT * FROM unnest($1::int[], $2::text[], $3::text[])",
      [batch.map((r) => r.id), batch.map((r) => r.request_body), batch.map((r) => r.response_body)],
    );
    await client.query("COMMIT");
  };
  let batch: SeedRow[] = [];
  for (const r of rows) {
    batch.push(r);
    if (batch.length === PER) {
      await write(batch);
      batch = [];
    }
  }
  if (batch.length) await write(batch);
  // Ids were given explicitly; the app's next insert must continue after them.
  await client.query(
    "SELECT setval(pg_get_serial_sequence('audit_log', 'id'), (SELECT max(id) FROM audit_log))",
  );
  await client.query("ANALYZE audit_log");
  await client.query("ANALYZE audit_payload");
  await client.end();
}

/** Appends `rows` audit rows (with payloads) to the database at `url`, migrating it first. */
export async function seedAudit(url: string, rows: number): Promise<{ ms: number }> {
  const started = performance.now();
  const { maxId } = await auditRowCount(url); // opens through openDatabase: migrations run here
  const generated = auditRows(rows, maxId + 1);
  const c = databaseConfig(url);
  if (c.kind === "sqlite") seedSqlite(c.file, generated);
  else await seedPostgres(c.url, generated);
  return { ms: performance.now() - started };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const { values } = parseArgs({ options: { rows: { type: "string" }, "database-url": { type: "string" } } });
  const rows = Number(values.rows ?? 1_000_000);
  const url = values["database-url"] ?? DEFAULT_SEED_URL;
  if (!Number.isInteger(rows) || rows < 1) {
    console.error("usage: npm run seed:audit -- --rows <n> [--database-url file:… | postgres://…]");
    process.exit(2);
  }
  const { ms } = await seedAudit(url, rows);
  const { count } = await auditRowCount(url);
  console.log(
    `seed:audit: ${rows} rows in ${(ms / 1000).toFixed(1)} s (${Math.round(rows / (ms / 1000))} rows/s); audit_log now holds ${count}`,
  );
}
