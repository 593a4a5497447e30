// The databases benchmarks and seed scripts work on: named by URL, never the app's own.
import pg from "pg";

/** `file:<path>` is a SQLite file; anything else a PostgreSQL URL. */
export const databaseConfig = (url: string) =>
  url.startsWith("file:")
    ? ({ kind: "sqlite", file: url.slice(5) } as const)
    : ({ kind: "postgres", url } as const);

/** Creates the PostgreSQL database a benchmark seeds into, on the local server, when it is missing. */
export async function ensurePostgresDatabase(name: string): Promise<void> {
  const c = new pg.Client({ connectionString: "postgres://postgres@127.0.0.1:5432/postgres" });
  await c.connect();
  try {
    const exists = await c.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
    if (exists.rowCount === 0) await c.query(`CREATE DATABASE "${name.replace(/"/g, '""')}"`);
  } finally {
    await c.end();
  }
}
