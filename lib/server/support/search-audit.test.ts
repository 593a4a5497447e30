import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { COLLATED_POSTGRES, ENGINES, openTestDb, type TestDb, type TestEngine } from "@/tests/db-engines";
import { seedAccount } from "@/tests/bulk-jobs";
import { queryPlan } from "@/tests/query-plan";
import { filtersFromParams } from "@/lib/support/filters";
import type { AuditLogTable } from "../db/schema";
import { decodeCursor } from "./cursor";
import { exportCsvStream } from "./export-csv";
import { searchQuery } from "./search-audit";
import { searchPage } from "./search-page";
import { toSearch, type AuditSearch } from "./search-params";

type Row = Omit<AuditLogTable, "id" | "call_random" | "completed_at">;

const rid = (i: number) => `Id-${i.toString(16).padStart(32, "0")}-O-Seq-${i}`;
// One RequestId stored as another tool might have written it, in capitals.
const UPPER_ROW = 58;
const storedRid = (i: number) => (i === UPPER_ROW ? rid(i).toUpperCase() : rid(i));
const ACTIONS = ["room.create", "room.verify", "room.get", "auth.sign_in", "support.lookup"];
const OUTCOMES = ["ok", "failed", "unknown", "refused"] as const;

/** 60 rows; every third pair shares a timestamp so `id` must break ties at page edges. */
function rows(): Row[] {
  return Array.from({ length: 60 }, (_, i) => ({
    occurred_at: new Date(Date.UTC(2026, 0, 1 + Math.floor(i / 2), 10, 0, i % 3 === 0 ? 0 : i)).toISOString(),
    actor_id: i % 4 === 0 ? "alice" : "bob",
    actor_role: "admin",
    action: ACTIONS[i % ACTIONS.length]!,
    command: "create_room",
    room_id: i % 5 === 0 ? "room-five" : i % 7 === 0 ? "alice" : `room-${i}`,
    intent_id: `intent-${Math.floor(i / 3)}`,
    attempt: (i % 3) + 1,
    request_id: storedRid(i),
    error_code: i % 6 === 0 ? 100003 : 0,
    error_info: i % 6 === 0 ? "room exists" : "",
    outcome: OUTCOMES[i % OUTCOMES.length]!,
    http_status: 200,
    latency_ms: 10 + i,
  }));
}

/** Out of the default view: the console's own lookups and the sign-in events. */
const hidden = (r: Row) => r.action.startsWith("support.") || r.action.startsWith("auth.");

const search = (query: string): AuditSearch => {
  const s = toSearch(filtersFromParams(new URLSearchParams(query)));
  if ("invalid" in s) throw new Error(s.invalid.reason);
  return s;
};

describe.each<TestEngine>([...ENGINES, COLLATED_POSTGRES])("support search on %s", (engine) => {
  let db: TestDb;
  const all = rows().map((r, i) => ({ ...r, id: i + 1 }));
  const newestFirst = [...all].sort((a, b) =>
    a.occurred_at === b.occurred_at ? b.id - a.id : a.occurred_at < b.occurred_at ? 1 : -1,
  );
  const expected = (keep: (r: (typeof all)[number]) => boolean) =>
    newestFirst.filter((r) => keep(r)).map((r) => r.id);

  async function collect(query: string, limit = 7) {
    const ids: number[] = [];
    let cursor: string | null = null;
    do {
      const page = await searchPage(db, search(query), cursor ? decodeCursor(cursor) : null, limit);
      ids.push(...page.items.map((c) => c.id));
      cursor = page.nextCursor;
    } while (cursor && ids.length < 1000);
    return ids;
  }

  beforeAll(async () => {
    db = await openTestDb(engine);
    await db.kysely.insertInto("audit_log").values(rows()).execute();
    // alice is an account; bob is not (or no longer) one.
    await seedAccount(db, "alice");
  });
  afterAll(() => db.dispose());

  it("pages through every row exactly once, newest first, without support.* or auth.* rows", async () => {
    const ids = await collect("");
    expect(ids).toEqual(expected((r) => !hidden(r)));
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("lists sign-in events only when the filter or the action asks for them, paging exactly", async () => {
    expect(expected((r) => r.action.startsWith("auth."))).not.toEqual([]);
    const withAuth = await collect("auth=include", 5);
    expect(withAuth).toEqual(expected((r) => !r.action.startsWith("support.")));
    expect(new Set(withAuth).size).toBe(withAuth.length);
    expect(await collect("action=auth.*")).toEqual(expected((r) => r.action.startsWith("auth.")));
    expect(await collect("action=auth.sign_in")).toEqual(expected((r) => r.action === "auth.sign_in"));
    expect(await collect("q=user:alice&auth=include")).toEqual(
      expected((r) => r.actor_id === "alice" && !r.action.startsWith("support.")),
    );
  });

  it("names each row's actor by name and email, and an id that is no account by its id alone", async () => {
    const page = await searchPage(db, search("auth=include"), null, 60);
    const alice = page.items.find((c) => c.actorId === "alice")!;
    const bob = page.items.find((c) => c.actorId === "bob")!;
    expect(alice.actor).toEqual({ id: "alice", name: "alice", email: "alice@roomdesk.test" });
    expect(bob.actor).toEqual({ id: "bob", name: null, email: null });
  });

  it("shows support.* rows only when the action filter asks for them", async () => {
    expect(await collect("action=support.lookup")).toEqual(expected((r) => r.action === "support.lookup"));
    expect(await collect("action=support.*")).toEqual(expected((r) => r.action.startsWith("support.")));
  });

  it.each([
    ["action=room.create", (r: Row) => r.action === "room.create"],
    ["action=room.*", (r: Row) => r.action.startsWith("room.")],
    ["outcome=failed&auth=include", (r: Row) => r.outcome === "failed" && !r.action.startsWith("support.")],
    ["outcome=failed", (r: Row) => r.outcome === "failed" && !hidden(r)],
    ["code=100003", (r: Row) => r.error_code === 100003 && !hidden(r)],
    ["actor=alice", (r: Row) => r.actor_id === "alice" && !hidden(r)],
    [
      "from=2026-01-05&to=2026-01-09",
      (r: Row) => r.occurred_at >= "2026-01-05" && r.occurred_at < "2026-01-10" && !hidden(r),
    ],
    [
      "q=100003&actor=bob&outcome=unknown",
      (r: Row) => r.error_code === 100003 && r.actor_id === "bob" && r.outcome === "unknown" && !hidden(r),
    ],
    ["q=room:room-five", (r: Row) => r.room_id === "room-five" && !hidden(r)],
    ["q=user:alice", (r: Row) => r.actor_id === "alice" && !hidden(r)],
    ["q=alice", (r: Row) => (r.actor_id === "alice" || r.room_id === "alice") && !hidden(r)],
  ])("filters by %s", async (query, keep) => {
    const want = expected(keep);
    expect(want.length).toBeGreaterThan(0);
    expect(await collect(query, 4)).toEqual(want);
  });

  it("finds a RequestId exactly, pasted with quotes and spaces, and by a prefix of 8+ characters", async () => {
    expect(await collect(encodeURI(`q= "${rid(13)}" `).replace(/&/g, "%26"))).toEqual([14]);
    const prefix = rid(16).slice(0, 34); // Id- and 31 hex digits: ids 16..31 share it
    expect(await collect(`q=${prefix}`)).toEqual(
      expected((r) => r.request_id!.startsWith(prefix) && !r.action.startsWith("support.")),
    );
    expect(await collect(`q=${prefix}`)).toHaveLength(13);
    expect(await collect("q=Id-ffffffff")).toEqual([]);
  });

  it("finds a RequestId whatever the case it was pasted or stored in, exactly and by prefix", async () => {
    expect(await collect(`q=${rid(13).toUpperCase()}`)).toEqual([14]);
    expect(await collect(`q=${rid(13).toLowerCase()}`)).toEqual([14]);
    expect(await collect(`q=${rid(UPPER_ROW)}`)).toEqual([UPPER_ROW + 1]);
    const prefix = rid(48).slice(0, 34); // ids 48..59 share it; 58 is stored in capitals
    const want = expected(
      (r) => r.request_id!.toLowerCase().startsWith(prefix.toLowerCase()) && !r.action.startsWith("support."),
    );
    expect(want).toContain(UPPER_ROW + 1);
    expect(await collect(`q=${prefix}`)).toEqual(want);
    expect(await collect(`q=${prefix.toUpperCase()}`)).toEqual(want);
    expect(await collect(`q=iD-${prefix.slice(3).toUpperCase()}`)).toEqual(want);
  });

  it("reads a RequestId, exact or prefix, through its index", async () => {
    for (const q of [`q=${rid(13).toUpperCase()}`, `q=${rid(16).slice(0, 20)}`]) {
      const compiled = searchQuery(db, search(q), null, 51).compile();
      const plan = (await queryPlan(db, compiled)).join("\n");
      expect(plan, q).toContain("audit_log_request_id_lower");
    }
  });

  it("exports the filtered set as CSV in keyset chunks", async () => {
    const text = await new Response(exportCsvStream(db, search("code=100003"))).text();
    const lines = text.trimEnd().split("\r\n");
    expect(lines[0]).toMatch(/^id,occurred_at_utc,actor_id,actor_email,actor_role,/);
    expect(lines.slice(1).map((l) => Number(l.split(",")[0]))).toEqual(
      expected((r) => r.error_code === 100003 && !hidden(r)),
    );
    expect(lines[1]).toContain("A room with this ID already exists.");
    const emails = new Map(lines.slice(1).map((l) => [l.split(",")[2], l.split(",")[3]]));
    expect(Object.fromEntries(emails)).toEqual({ alice: "alice@roomdesk.test", bob: "" });
  });
});
