import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ENGINES, openTestDb, type TestDb } from "@/tests/db-engines";
import { auditRefusal, type RefusalEvent } from "./refusal-audit";
import { firstRefusalOf } from "./refused-requests";

const refused = (actor: string, path: string): RefusalEvent => ({
  actor: { id: actor, role: actor === "anonymous" ? "anonymous" : "support" },
  action: "auth.refused",
  details: {
    error: actor === "anonymous" ? "no-session" : "needs admin",
    httpStatus: actor === "anonymous" ? 401 : 403,
    request: { path },
  },
});

describe("one request is refused once, even when the guard runs twice", () => {
  it("remembers a request id and forgets it after five minutes", () => {
    const id = `req-${Math.random()}`;
    expect(firstRefusalOf(id, 1_000)).toBe(true);
    expect(firstRefusalOf(id, 2_000)).toBe(false);
    expect(firstRefusalOf(id, 1_000 + 5 * 60_000 + 1)).toBe(true);
    expect(firstRefusalOf(null, 3_000)).toBe(true);
    expect(firstRefusalOf(null, 3_000)).toBe(true);
  });
});

describe.each(ENGINES)("refusal audit rows on %s", (engine) => {
  let db: TestDb;
  beforeAll(async () => {
    db = await openTestDb(engine);
  });
  afterAll(() => db.dispose());

  const rowsFor = (path: string) =>
    db.kysely
      .selectFrom("audit_log")
      .innerJoin("audit_payload", "audit_payload.audit_id", "audit_log.id")
      .select(["actor_id", "request_body"])
      .where("request_body", "like", `%"path":"${path}"%`)
      .execute();

  it("keeps one row per signed-in refusal, and one per request when the guard refuses it twice", async () => {
    const path = `/users-${engine}`;
    for (let i = 0; i < 3; i++)
      await auditRefusal(db, refused("user-1", path), { id: `a-${engine}-${i}`, ip: "192.0.2.1" });
    // An action POST refused, then the page render in the same request refused again.
    await auditRefusal(db, refused("user-1", path), { id: `b-${engine}`, ip: "192.0.2.1" });
    await auditRefusal(db, refused("user-1", path), { id: `b-${engine}`, ip: "192.0.2.1" });
    expect(await rowsFor(path)).toHaveLength(4);
  });

  it("counts anonymous refusals from one address after the first, and writes each new address's first", async () => {
    const path = `/meetings-${engine}`;
    const ip = `198.51.100.${engine === "sqlite" ? 10 : 11}`;
    for (let i = 0; i < 50; i++)
      await auditRefusal(db, refused("anonymous", path), { id: `c-${engine}-${i}`, ip });
    await auditRefusal(db, refused("anonymous", path), { id: `d-${engine}`, ip: "198.51.100.200" });
    const rows = await rowsFor(path);
    expect(rows.map((r) => JSON.parse(r.request_body!).counting)).toEqual([
      expect.stringMatching(/^further anonymous refusals from this address are counted until /),
      expect.stringMatching(/^further anonymous refusals from this address are counted until /),
    ]);
  });
});
