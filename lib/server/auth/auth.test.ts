import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  accountsForThisTest,
  ACTING_ADMIN,
  openAccounts,
  requestWith,
  SESSION_LIMITS,
  TEST_PASSWORD,
  uniqueEmail,
  uniqueIp,
  type Accounts,
} from "@/tests/accounts";
import { ENGINES, type TestDb } from "@/tests/db-engines";
import { createAuth, type Auth } from "./auth";
import { createFirstAdmin } from "./first-run";
import { checkSession } from "./session";
import { signIn } from "./sign-in";
import { THROTTLE_POLICY } from "./throttle";
import { listUsers, resetPassword, revokeSessions, setDisabled, setRole } from "./users";

const LIMITS = SESSION_LIMITS;
const PASSWORD = TEST_PASSWORD;
const admin = ACTING_ADMIN;
const freshIp = uniqueIp;

describe.each(ENGINES)("accounts and sessions on %s", (engine) => {
  let shared: Accounts;
  let db: TestDb;
  let auth: Auth;

  beforeAll(async () => {
    shared = await openAccounts(engine);
    ({ db, auth } = shared);
  });
  afterAll(async () => shared?.dispose());

  const newUser = (role: "admin" | "support") => shared.newUser(role);
  const login = (email: string, password = PASSWORD, ip = freshIp()) => shared.login(email, password, ip);
  const auditCount = async (action: string) =>
    Number(
      (
        await db.kysely
          .selectFrom("audit_log")
          .select((eb) => eb.fn.countAll<number>().as("n"))
          .where("action", "=", action)
          .executeTakeFirstOrThrow()
      ).n,
    );

  it("creates the first administrator once, and refuses when users exist", async () => {
    const empty = await accountsForThisTest(engine);
    const firstEmail = uniqueEmail("first");
    const first = await createFirstAdmin(empty.auth, empty.db, {
      email: firstEmail,
      name: "First",
      password: PASSWORD,
    });
    expect(first.ok).toBe(true);
    const again = await createFirstAdmin(empty.auth, empty.db, {
      email: uniqueEmail("second"),
      name: "Second",
      password: PASSWORD,
    });
    expect(again).toMatchObject({ ok: false, code: "setup-done" });
    const users = await listUsers(empty.db);
    expect(users.map((u) => [u.email, u.role])).toEqual([[firstEmail, "admin"]]);
  });

  it("stores argon2id PHC hashes at the OWASP baseline, never the password", async () => {
    const u = await newUser("support");
    const row = await db.kysely
      .selectFrom("account")
      .select("password")
      .where("userId", "=", u.id)
      .executeTakeFirstOrThrow();
    expect(row.password).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    const payloads = await db.kysely.selectFrom("audit_payload").selectAll().execute();
    expect(JSON.stringify(payloads)).not.toContain(PASSWORD);
  });

  it("signs in with a new session token each time and audits it", async () => {
    const u = await newUser("support");
    const a = await login(u.email);
    const b = await login(u.email);
    expect(a.ok && b.ok).toBe(true);
    if (!a.ok || !b.ok) return;
    expect(a.setCookie).toMatch(/session_token=/);
    expect(a.setCookie).toMatch(/HttpOnly/i);
    expect(a.setCookie).toMatch(/SameSite=Lax/i);
    expect(a.setCookie!.split(";")[0]).not.toEqual(b.setCookie!.split(";")[0]);
    const rows = await db.kysely
      .selectFrom("audit_log")
      .selectAll()
      .where("actor_id", "=", u.id)
      .where("action", "=", "auth.sign_in")
      .execute();
    expect(rows).toHaveLength(2);
  });

  it("marks cookies Secure with the __Secure- prefix when the public URL is https", async () => {
    const u = await newUser("support");
    const secure = createAuth(db, {
      ...LIMITS,
      secret: "t".repeat(40),
      baseUrl: "https://roomdesk.example",
      secureCookies: true,
      trustedIpHeader: null,
    });
    const r = await signIn(secure, db, { email: u.email, password: PASSWORD }, requestWith(freshIp()));
    expect(r.ok && r.setCookie).toMatch(/^__Secure-[^=]*session_token=.*; Secure/i);
  });

  it("answers an unknown email and a wrong password with the same bytes", async () => {
    const u = await newUser("support");
    const failedBefore = await auditCount("auth.sign_in_failed");
    const unknown = await login(uniqueEmail("nobody"), "whatever-password");
    const wrong = await login(u.email, "not-the-password!");
    expect(unknown).toEqual(wrong);
    expect(unknown).toEqual({ ok: false, code: "invalid-credentials" });
    expect(await auditCount("auth.sign_in_failed")).toBe(failedBefore + 2);
  });

  it("throttles an account after N failures even when the address rotates, then escalates", async () => {
    const u = await newUser("support");
    for (let i = 0; i < THROTTLE_POLICY.account.free; i++)
      expect((await login(u.email, "wrong-password-x", freshIp())).ok).toBe(false);
    const blocked = await login(u.email, PASSWORD, freshIp());
    expect(blocked).toMatchObject({ ok: false, code: "throttled" });
    if (blocked.ok || blocked.code !== "throttled") return;
    expect(blocked.retryAfterSeconds).toBeGreaterThan(0);
    expect(blocked).toMatchObject({ code: "throttled", retryAfterSeconds: expect.any(Number) });
  });

  it("throttles one address trying many accounts", async () => {
    const ip = freshIp();
    let throttledAt = -1;
    for (let i = 0; i < THROTTLE_POLICY.ip.free + 2 && throttledAt < 0; i++) {
      const r = await login(uniqueEmail(`spray-${i}`), "wrong-password-x", ip);
      if (!r.ok && r.code === "throttled") throttledAt = i;
    }
    expect(throttledAt).toBe(THROTTLE_POLICY.ip.free);
    // Another address is unaffected.
    const elsewhere = await login(uniqueEmail("someone"), "wrong-password-x", freshIp());
    expect(elsewhere).toMatchObject({ ok: false, code: "invalid-credentials" });
  });

  it("validates sessions on every call: disable, demote, revoke, idle and absolute limits", async () => {
    const u = await newUser("support");
    const session = async () => {
      const r = await login(u.email);
      if (!r.ok) throw new Error(r.code);
      return requestWith("203.0.113.1", r.setCookie);
    };
    let h = await session();
    expect(await checkSession(auth, db, h, LIMITS)).toMatchObject({
      ok: true,
      actor: { id: u.id, role: "support" },
    });

    await setDisabled(db, admin, u.id, true);
    expect(await checkSession(auth, db, h, LIMITS)).toMatchObject({ ok: false });
    expect((await login(u.email)).ok).toBe(false);
    await setDisabled(db, admin, u.id, false);

    h = await session();
    await setRole(db, admin, u.id, "admin");
    expect(await checkSession(auth, db, h, LIMITS)).toMatchObject({ ok: false, reason: "no-session" });
    h = await session();
    expect(await checkSession(auth, db, h, LIMITS)).toMatchObject({ ok: true, actor: { role: "admin" } });
    await setRole(db, admin, u.id, "support");

    h = await session();
    await revokeSessions(db, admin, u.id);
    expect(await checkSession(auth, db, h, LIMITS)).toMatchObject({ ok: false, reason: "no-session" });

    h = await session();
    const later = (minutes: number) => new Date(Date.now() + minutes * 60_000);
    expect(await checkSession(auth, db, h, LIMITS, later(29))).toMatchObject({ ok: true });
    // 29 minutes later counted as activity; 31 idle minutes after that end the session.
    expect(await checkSession(auth, db, h, LIMITS, later(29 + 31))).toMatchObject({
      ok: false,
      reason: "idle",
    });
    expect(await checkSession(auth, db, h, LIMITS)).toMatchObject({ ok: false, reason: "no-session" });

    h = await session();
    let t = 0;
    for (; t < 12 * 60; t += 25)
      expect(await checkSession(auth, db, h, LIMITS, later(t))).toMatchObject({ ok: true });
    expect(await checkSession(auth, db, h, LIMITS, later(12 * 60 + 5))).toMatchObject({ ok: false });
  });

  it("resets a password: the old one stops working and sessions end", async () => {
    const u = await newUser("support");
    const before = await login(u.email);
    if (!before.ok) throw new Error("sign-in failed");
    await resetPassword(auth, db, admin, u.id, "a brand new passphrase");
    expect(await checkSession(auth, db, requestWith("203.0.113.2", before.setCookie), LIMITS)).toMatchObject({
      ok: false,
    });
    expect((await login(u.email)).ok).toBe(false);
    expect((await login(u.email, "a brand new passphrase")).ok).toBe(true);
  });

  it("never removes the last active administrator, and audits before/after", async () => {
    // Its own database: the rule counts every administrator there is.
    const own = await accountsForThisTest(engine);
    const firstEmail = uniqueEmail("first");
    expect(
      (await createFirstAdmin(own.auth, own.db, { email: firstEmail, name: "First", password: PASSWORD })).ok,
    ).toBe(true);
    const first = (await listUsers(own.db)).find((u) => u.email === firstEmail)!;
    expect(await setRole(own.db, admin, first.id, "support")).toMatchObject({
      ok: false,
      code: "last-admin",
    });
    expect(await setDisabled(own.db, admin, first.id, true)).toMatchObject({ ok: false, code: "last-admin" });
    const other = await own.newUser("admin");
    expect(await setDisabled(own.db, admin, first.id, true)).toEqual({ ok: true });
    expect(await setRole(own.db, admin, other.id, "support")).toMatchObject({
      ok: false,
      code: "last-admin",
    });
    await setDisabled(own.db, admin, first.id, false);

    const change = await own.db.kysely
      .selectFrom("audit_log")
      .innerJoin("audit_payload", "audit_payload.audit_id", "audit_log.id")
      .selectAll()
      .where("action", "=", "user.disabled")
      .where("outcome", "=", "ok")
      .orderBy("id", "desc")
      .executeTakeFirstOrThrow();
    expect(JSON.parse(change.request_body!)).toMatchObject({ userId: first.id, disabled: false });
    expect(JSON.parse(change.response_body!)).toMatchObject({ userId: first.id, disabled: true });
  });
});
