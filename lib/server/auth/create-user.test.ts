import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { ENGINES, openTestDb, type TestDb } from "@/tests/db-engines";
import { createAuth, type Auth } from "./auth";
import { createUser } from "./users";

const PASSWORD = "correct horse battery staple";
const admin = { id: "test-admin", role: "admin" as const };

describe.each(ENGINES)("creating a user on %s", (engine) => {
  let db: TestDb;
  let auth: Auth;
  beforeAll(async () => {
    db = await openTestDb(engine);
    auth = createAuth(db, {
      idleMinutes: 30,
      freshMinutes: 15,
      maxHours: 12,
      secret: "t".repeat(40),
      baseUrl: null,
      secureCookies: false,
      trustedIpHeader: null,
    });
  });
  afterAll(async () => db?.dispose());

  let seq = 0;
  const freshEmail = () => `user-${engine}-${++seq}-${Math.random().toString(36).slice(2, 8)}@example.com`;
  const create = (email: string) =>
    createUser(auth, db, admin, { email, name: "Someone", role: "support", password: PASSWORD });
  const auditFor = (email: string) =>
    db.kysely
      .selectFrom("audit_log")
      .innerJoin("audit_payload", "audit_payload.audit_id", "audit_log.id")
      .select(["audit_log.action", "audit_log.outcome", "audit_log.error_info", "audit_payload.request_body"])
      .where("audit_log.action", "=", "user.created")
      .execute()
      .then((rows) => rows.filter((r) => String(r.request_body).includes(email)));
  const usersWith = (email: string) =>
    db.kysely.selectFrom("user").select("id").where("email", "=", email).execute();

  it("an email already in use is reported as taken, and audited", async () => {
    const email = freshEmail();
    expect(await create(email)).toMatchObject({ ok: true });
    expect(await create(email.toUpperCase())).toEqual({ ok: false, code: "email-taken" });
    expect((await auditFor(email)).map((r) => [r.outcome, r.error_info])).toEqual([
      ["ok", null],
      ["failed", "email-taken"],
    ]);
  });

  it("another refusal by the auth library is a failure of its own, not a taken email", async () => {
    const email = `not-an-email-${++seq}`;
    const errors = vi.spyOn(console, "error").mockImplementation(() => undefined);
    const result = await create(email).finally(() => errors.mockRestore());
    expect(result).toEqual({ ok: false, code: "create-failed" });
    expect((await auditFor(email)).map((r) => [r.outcome, r.error_info])).toEqual([
      ["failed", "create-failed: INVALID_EMAIL"],
    ]);
  });

  it("a database failure while saving is reported and audited, with no user left behind", async () => {
    const email = freshEmail();
    const errors = vi.spyOn(console, "error").mockImplementation(() => undefined);
    if (engine === "sqlite") {
      await sql`CREATE TRIGGER refuse_user BEFORE INSERT ON "user" BEGIN SELECT RAISE(ABORT, 'disk I/O error'); END`.execute(
        db.kysely,
      );
    } else {
      await sql`CREATE FUNCTION refuse_user() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'disk I/O error'; END $$`.execute(
        db.kysely,
      );
      await sql`CREATE TRIGGER refuse_user BEFORE INSERT ON "user" FOR EACH ROW EXECUTE FUNCTION refuse_user()`.execute(
        db.kysely,
      );
    }
    try {
      expect(await create(email)).toEqual({ ok: false, code: "create-failed" });
      expect(errors).toHaveBeenCalledWith("roomdesk: creating a user failed", expect.anything());
    } finally {
      await sql`DROP TRIGGER refuse_user${engine === "postgres" ? sql` ON "user"` : sql``}`.execute(
        db.kysely,
      );
      if (engine === "postgres") await sql`DROP FUNCTION refuse_user()`.execute(db.kysely);
      errors.mockRestore();
    }
    expect(await usersWith(email)).toEqual([]);
    const rows = await auditFor(email);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      outcome: "failed",
      error_info: expect.stringMatching(/^create-failed: /),
    });
  });

  it("two admins adding the same email at once: one account, the other told the email is taken", async () => {
    const email = freshEmail();
    const results = await Promise.all([create(email), create(email), create(email)]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok).map((r) => !r.ok && r.code)).toEqual(["email-taken", "email-taken"]);
    expect(await usersWith(email)).toHaveLength(1);
  });
});
