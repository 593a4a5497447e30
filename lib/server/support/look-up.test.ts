import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { refusingAuditWrites } from "@/tests/refusing-audit-writes";
import { ENGINES, openTestDb, type TestDb } from "@/tests/db-engines";
import { statementName } from "../db/prepared";
import { lookUp, type ParsedSearch } from "./look-up";
import { parseSearchRequest } from "./search-params";

const ACTOR = { id: "sup-1", role: "support" as const, email: "sup@example.test", sessionId: "s-1" };
const rid = (i: number) => `Id-${i.toString(16).padStart(32, "0")}-Lookup-${i}`;

function request(query: string): ParsedSearch {
  const req = parseSearchRequest(new URLSearchParams(query));
  if (!req.ok) throw new Error(req.refusal.reason);
  return req;
}

describe.each(ENGINES)("support lookup on %s", (engine) => {
  let db: TestDb;
  beforeAll(async () => {
    db = await openTestDb(engine);
    await db.kysely
      .insertInto("audit_log")
      .values(
        [1, 2, 3].map((i) => ({
          occurred_at: new Date(Date.UTC(2026, 0, i)).toISOString(),
          actor_id: "admin-1",
          actor_role: "admin",
          action: "room.create",
          command: "create_room",
          request_id: rid(i),
          outcome: "ok",
        })),
      )
      .execute();
  });
  afterAll(() => db.dispose());

  const lookups = () =>
    db.kysely
      .selectFrom("audit_log")
      .leftJoin("audit_payload", "audit_payload.audit_id", "audit_log.id")
      .select([
        "actor_id",
        "actor_role",
        "action",
        "outcome",
        "room_id",
        "request_id",
        "error_info",
        "http_status",
        "request_body",
        "response_body",
      ])
      .where("action", "=", "support.lookup")
      .orderBy("audit_log.id")
      .execute();

  it("finds the RequestId and puts the lookup on record: who, what was asked, how many rows", async () => {
    const before = (await lookups()).length;
    const { page } = await lookUp(db, ACTOR, request(`q=${rid(2).toUpperCase()}`));
    expect(page.items.map((c) => c.requestId)).toEqual([rid(2)]);
    const rows = await lookups();
    expect(rows).toHaveLength(before + 1);
    expect(rows.at(-1)).toEqual({
      actor_id: "sup-1",
      actor_role: "support",
      action: "support.lookup",
      outcome: "ok",
      room_id: null,
      request_id: null,
      error_info: null,
      http_status: null,
      request_body: JSON.stringify({ query: `q=${rid(2).toUpperCase()}`, page: "first", results: 1 }),
      response_body: null,
    });
  });

  it("records a following page as `next`, and what it found", async () => {
    const first = await lookUp(db, ACTOR, request("q=Id-000000&limit=2"));
    expect(first.page.items).toHaveLength(2);
    expect(JSON.parse((await lookups()).at(-1)!.request_body!)).toEqual({
      query: "q=Id-000000",
      page: "first",
      results: 2,
    });
    const next = await lookUp(db, ACTOR, request(`q=Id-000000&limit=2&cursor=${first.page.nextCursor}`));
    expect(next.page.items.map((c) => c.requestId)).toEqual([rid(1)]);
    expect(JSON.parse((await lookups()).at(-1)!.request_body!)).toEqual({
      query: "q=Id-000000",
      page: "next",
      results: 1,
    });
  });

  it("records a bare word's lookup (rooms and actors read apart) the same way", async () => {
    const { page } = await lookUp(db, ACTOR, request("q=admin-1"));
    expect(page.items).toHaveLength(3);
    const last = (await lookups()).at(-1)!;
    expect([last.actor_id, last.action, last.outcome]).toEqual(["sup-1", "support.lookup", "ok"]);
    expect(JSON.parse(last.request_body!)).toEqual({ query: "q=admin-1", page: "first", results: 3 });
  });

  it("splits its time where the page was read, before the write", async () => {
    const marks = [10, 20];
    const { searchedAt } = await lookUp(db, ACTOR, request(`q=${rid(1)}`), () => marks.shift()!);
    expect(searchedAt).toBe(10);
  });

  it("returns nothing when the lookup cannot be put on record", async () => {
    const before = (await lookups()).length;
    for (const q of [`q=${rid(3)}`, "q=admin-1"]) {
      await expect(refusingAuditWrites(db, () => lookUp(db, ACTOR, request(q)))).rejects.toThrow("read-only");
    }
    expect(await lookups()).toHaveLength(before);
  });

  it.runIf(engine === "postgres")(
    "reads the page and writes its row in one statement, kept prepared on the connection",
    async () => {
      const statements = await db.kysely.connection().execute(async (kysely) => {
        await lookUp({ ...db, kysely }, ACTOR, request(`q=${rid(3)}`));
        const { rows } = await sql<{
          name: string;
          statement: string;
        }>`select name, statement from pg_prepared_statements`.execute(kysely);
        return rows;
      });
      const folded = statements.filter((s) =>
        /^with "found" as \(select .* "summary" as \(insert into "audit_log"/.test(s.statement),
      );
      expect(folded.length).toBeGreaterThan(0);
      for (const f of folded) expect(f.name).toBe(statementName(f.statement));
    },
  );
});
