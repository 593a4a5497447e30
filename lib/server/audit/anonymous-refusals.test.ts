import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { openDatabase } from "@/lib/server/db/connect";
import { ENGINES, openTestDb, TEST_POSTGRES_URL, type TestDb } from "@/tests/db-engines";
import type { Db } from "../db";
import { recordAnonymousRefusal } from "./anonymous-refusals";
import { flushCounts, REFUSAL_COUNTING, SHARED_ADDRESS, summariseClosedWindows } from "./refusal-counters";
import { ANONYMOUS, type AuditEvent } from "./record";

const refusal = (path: string): AuditEvent => ({
  actor: ANONYMOUS,
  action: "auth.refused",
  outcome: "refused",
  details: { error: "no-session", httpStatus: 401, request: { path } },
});

const T0 = Date.parse("2031-03-04T10:00:00.000Z");
const at = (ms: number) => new Date(T0 + ms);
const { windowMs, graceMs } = REFUSAL_COUNTING;

describe.each(ENGINES)("anonymous refusals on %s", (engine) => {
  let db: TestDb;
  beforeAll(async () => {
    db = await openTestDb(engine);
  });
  afterAll(() => db.dispose());
  beforeEach(async () => {
    await db.kysely.deleteFrom("refusal_counts").execute();
  });

  /** The audit log is append-only, so each case works in its own stretch of (injected) time. */
  const rows = async (since: Date, actions = ["auth.refused", "auth.refused_counted"]) =>
    db.kysely
      .selectFrom("audit_log")
      .innerJoin("audit_payload", "audit_payload.audit_id", "audit_log.id")
      .select(["action", "error_info", "request_body", "occurred_at"])
      .where("occurred_at", ">=", since.toISOString())
      .where("occurred_at", "<", new Date(since.getTime() + 90 * windowMs).toISOString())
      .where("action", "in", actions)
      .orderBy("audit_log.id")
      .execute();

  it("writes 100,000 refusals from one address over an hour as a dozen rows, losing no count", async () => {
    const start = at(100 * windowMs);
    const total = 100_000;
    const span = 3_600_000;
    // Twenty requests in flight at a time, as a flood would arrive.
    for (let i = 0; i < total; i += 20) {
      await Promise.all(
        Array.from({ length: 20 }, (_, j) =>
          recordAnonymousRefusal(
            db,
            "203.0.113.9",
            refusal("/meetings"),
            new Date(start.getTime() + ((i + j) * span) / total),
          ),
        ),
      );
    }
    await summariseClosedWindows(db, new Date(start.getTime() + span + windowMs + graceMs));

    const written = await rows(start);
    const windows = span / windowMs;
    expect(written.length).toBeLessThanOrEqual(2 * windows);
    const full = written.filter((r) => r.action === "auth.refused");
    const summaries = written.filter((r) => r.action === "auth.refused_counted");
    expect(full).toHaveLength(windows);
    expect(summaries).toHaveLength(windows);
    const counted = summaries.reduce(
      (n, r) => n + (JSON.parse(r.request_body!) as { refusals: number }).refusals,
      0,
    );
    expect(counted).toBe(total);
    expect(summaries[0]!.error_info).toMatch(
      /^\d+ more anonymous refusals from 203\.0\.113\.9 between 2031-\d\d-\d\dT\d\d:\d0:00\.000Z and .+, counted rather than written one by one$/,
    );
    expect(JSON.parse(full[0]!.request_body!)).toEqual({
      path: "/meetings",
      counting: expect.stringMatching(
        /^further anonymous refusals from this address are counted until 2031-/,
      ),
    });
  }, 240_000);

  it("writes the first refusal of each address and window, and a summary only once the window closed", async () => {
    const start = at(200 * windowMs);
    expect(await recordAnonymousRefusal(db, "198.51.100.1", refusal("/a"), start)).toBe("written");
    expect(await recordAnonymousRefusal(db, "198.51.100.1", refusal("/b"), at(200 * windowMs + 1000))).toBe(
      "counted",
    );
    expect(await recordAnonymousRefusal(db, "198.51.100.2", refusal("/c"), at(200 * windowMs + 2000))).toBe(
      "written",
    );
    expect(await recordAnonymousRefusal(db, null, refusal("/d"), at(200 * windowMs + 3000))).toBe("written");
    // Still inside the window, or closed less than the grace period ago: nothing to summarise yet.
    expect(await summariseClosedWindows(db, at(201 * windowMs - 1))).toBe(0);
    expect(await summariseClosedWindows(db, at(201 * windowMs + graceMs - 1))).toBe(0);
    // Closed: one summary, for the address that counted more than its first refusal.
    expect(await summariseClosedWindows(db, at(201 * windowMs + graceMs))).toBe(1);
    expect(await summariseClosedWindows(db, at(201 * windowMs + graceMs + 5))).toBe(0);
    const summary = (await rows(start, ["auth.refused_counted"]))[0]!;
    expect(JSON.parse(summary.request_body!)).toMatchObject({
      ip: "198.51.100.1",
      refusals: 2,
      written_in_full: 1,
    });
    // The next window starts over for the same address.
    expect(await recordAnonymousRefusal(db, "198.51.100.1", refusal("/e"), at(201 * windowMs + 10))).toBe(
      "written",
    );
  });

  it("summarises a closed window at the next refusal, from any address", async () => {
    const start = at(300 * windowMs);
    await recordAnonymousRefusal(db, "198.51.100.7", refusal("/a"), start);
    await recordAnonymousRefusal(db, "198.51.100.7", refusal("/a"), at(300 * windowMs + 1));
    expect(await rows(start, ["auth.refused_counted"])).toHaveLength(0);
    await recordAnonymousRefusal(db, "198.51.100.8", refusal("/b"), at(302 * windowMs));
    expect(await rows(start, ["auth.refused_counted"])).toHaveLength(1);
  });

  it("counts addresses past the per-window cap together, so rotating addresses cannot grow the log", async () => {
    const start = at(400 * windowMs);
    const cap = REFUSAL_COUNTING.addressesPerWindow;
    const results: string[] = [];
    for (let i = 0; i < cap + 50; i++)
      for (let k = 0; k < 3; k++)
        results.push(
          await recordAnonymousRefusal(
            db,
            `2001:db8:${i.toString(16)}::/64`,
            refusal("/x"),
            at(400 * windowMs + i),
          ),
        );
    expect(results.filter((r) => r === "written")).toHaveLength(cap + 1);
    await summariseClosedWindows(db, at(401 * windowMs + graceMs));
    const summaries = await rows(start, ["auth.refused_counted"]);
    expect(summaries).toHaveLength(cap + 1);
    const shared = summaries.map((s) => JSON.parse(s.request_body!)).find((b) => b.ip === SHARED_ADDRESS);
    expect(shared.refusals).toBe(150);
    expect(summaries.find((s) => s.error_info!.includes("addresses past the per-window cap"))).toBeDefined();
  });

  it("two instances on one database agree: one full row per window, one summary", async () => {
    const second: Db =
      engine === "sqlite"
        ? await openDatabase({ kind: "sqlite", file: (await fileOf(db))! })
        : await openDatabase(
            { kind: "postgres", url: TEST_POSTGRES_URL },
            { searchPath: await schemaOf(db) },
          );
    const instances = [db, second];
    const call = (i: number) =>
      recordAnonymousRefusal(instances[i % 2]!, "192.0.2.44", refusal("/y"), at(500 * windowMs + i));
    const closed = at(501 * windowMs + graceMs);
    const claim = (d: Db) => summariseClosedWindows(d, closed);
    try {
      const start = at(500 * windowMs);
      // Two processes share a SQLite file by taking turns at its write lock; in one test process the
      // turns must be explicit. PostgreSQL instances run truly side by side.
      const results =
        engine === "postgres"
          ? await Promise.all(Array.from({ length: 40 }, (_, i) => call(i)))
          : await Array.from({ length: 40 }, (_, i) => i).reduce<Promise<string[]>>(
              async (acc, i) => [...(await acc), await call(i)],
              Promise.resolve([]),
            );
      expect(results.filter((r) => r === "written")).toHaveLength(1);
      // Each instance's timer flushes within a second; the grace period before summarising is longer.
      for (const d of instances) await flushCounts(d, closed, true);
      const claims =
        engine === "postgres"
          ? await Promise.all(instances.map(claim))
          : [await claim(db), await claim(second)];
      expect(claims.sort()).toEqual([0, 1]);
      const summaries = await rows(start, ["auth.refused_counted"]);
      expect(summaries.map((s) => JSON.parse(s.request_body!).refusals)).toEqual([40]);
    } finally {
      await second.close();
    }
  });

  it("drops counters a day after their summary; the audit log keeps the summary", async () => {
    await recordAnonymousRefusal(db, "192.0.2.99", refusal("/z"), at(600 * windowMs));
    await summariseClosedWindows(db, at(601 * windowMs + graceMs));
    expect(await db.kysely.selectFrom("refusal_counts").selectAll().execute()).toHaveLength(1);
    await summariseClosedWindows(
      db,
      new Date(at(601 * windowMs + graceMs).getTime() + REFUSAL_COUNTING.keepMs + 1),
    );
    expect(await db.kysely.selectFrom("refusal_counts").selectAll().execute()).toHaveLength(0);
  });
});

async function fileOf(db: Db): Promise<string | undefined> {
  const { sql } = await import("kysely");
  const r = await sql<{ file: string }>`select file from pragma_database_list where name = 'main'`.execute(
    db.kysely,
  );
  return r.rows[0]?.file;
}

async function schemaOf(db: Db): Promise<string> {
  const { sql } = await import("kysely");
  const r = await sql<{ s: string }>`select current_schema() as s`.execute(db.kysely);
  return r.rows[0]!.s;
}
