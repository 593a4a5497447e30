import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ENGINES, openTestDb, type TestDb } from "@/tests/db-engines";
import { createAuth, type Auth } from "./auth";
import { CLIENT_IP_HEADER } from "./client-ip";
import { createFirstAdmin } from "./first-run";
import { checkSession } from "./session";
import { signIn, SIGN_IN_FAILED } from "./sign-in";
import { THROTTLE_POLICY } from "./throttle";
import { createUser, listUsers, resetPassword, revokeSessions, setDisabled, setRole } from "./users";

const LIMITS = { idleMinutes: 30, freshMinutes: 15, maxHours: 12 };
const PASSWORD = "correct horse battery staple";
const admin = { id: "test-admin", role: "admin" as const };

function requestWith(ip: string, cookie?: string | null) {
  const h = new Headers({ [CLIENT_IP_HEADER]: ip });
  if (cookie) h.set("cookie", cookie.split(";")[0]!);
  return h;
}
let ipSeq = 0;
const freshIp = () => `198.51.100.${++ipSeq}`;

describe.each(ENGINES)("accounts and sessions on %s", (engine) => {
  let db: TestDb;
  let auth: Auth;

  beforeAll(async () => {
    db = await openTestDb(engine);
    auth = createAuth(db, {
      ...LIMITS,
      secret: "t".repeat(40),
      baseUrl: null,
      secureCookies: false,
      trustedIpHeader: null,
    });
  });
  afterAll(async () => db?.dispose());

  async function newUser(
    role: "admin" | "support",
    email = `${role}-${Math.random().toString(36).slice(2)}@example.com`,
  ) {
    const r = await createUser(auth, db, admin, { email, name: role, role, password: PASSWORD });
    if (!r.ok) throw new Error(r.message);
    return { id: r.userId!, email };
  }
  async function login(email: string, password = PASSWORD, ip = freshIp()) {
    return signIn(auth, db, { email, password }, requestWith(ip));
  }

  it("creates the first administrator once, and refuses when users exist", async () => {
    const first = await createFirstAdmin(auth, db, {
      email: "first@example.com",
      name: "First",
      password: PASSWORD,
    });
    expect(first.ok).toBe(true);
    const again = await createFirstAdmin(auth, db, {
      email: "second@example.com",
      name: "Second",
      password: PASSWORD,
    });
    expect(again).toMatchObject({ ok: false, code: "setup-done" });
    const users = await listUsers(db);
    expect(users.map((u) => [u.email, u.role])).toEqual([["first@example.com", "admin"]]);
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
    const unknown = await login("nobody@example.com", "whatever-password");
    const wrong = await login(u.email, "not-the-password!");
    expect(unknown).toEqual(wrong);
    expect(unknown).toEqual({ ok: false, code: "invalid-credentials", message: SIGN_IN_FAILED });
    const failed = await db.kysely
      .selectFrom("audit_log")
      .selectAll()
      .where("action", "=", "auth.sign_in_failed")
      .execute();
    expect(failed.length).toBeGreaterThanOrEqual(2);
  });

  it("throttles an account after N failures even when the address rotates, then escalates", async () => {
    const u = await newUser("support");
    for (let i = 0; i < THROTTLE_POLICY.account.free; i++)
      expect((await login(u.email, "wrong-password-x", freshIp())).ok).toBe(false);
    const blocked = await login(u.email, PASSWORD, freshIp());
    expect(blocked).toMatchObject({ ok: false, code: "throttled" });
    if (blocked.ok || blocked.code !== "throttled") return;
    expect(blocked.retryAfterSeconds).toBeGreaterThan(0);
    expect(blocked.message).toMatch(/Try again in \d+ second/);
  });

  it("throttles one address trying many accounts", async () => {
    const ip = freshIp();
    let throttledAt = -1;
    for (let i = 0; i < THROTTLE_POLICY.ip.free + 2 && throttledAt < 0; i++) {
      const r = await login(`spray-${i}@example.com`, "wrong-password-x", ip);
      if (!r.ok && r.code === "throttled") throttledAt = i;
    }
    expect(throttledAt).toBe(THROTTLE_POLICY.ip.free);
    // Another address is unaffected.
    expect((await login("someone@example.com", "wrong-password-x", freshIp())).ok === false).toBe(true);
  });

  it("validates sessions on every call: disable, demote, revoke, idle and absolute limits", async () => {
    const u = await newUser("support");
    const session = async () => {
      const r = await login(u.email);
      if (!r.ok) throw new Error(r.message);
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
    const users = await listUsers(db);
    for (const u of users.filter((x) => x.role === "admin" && x.email !== "first@example.com")) {
      await setRole(db, admin, u.id, "support");
    }
    const first = (await listUsers(db)).find((u) => u.email === "first@example.com")!;
    expect(await setRole(db, admin, first.id, "support")).toMatchObject({ ok: false, code: "last-admin" });
    expect(await setDisabled(db, admin, first.id, true)).toMatchObject({ ok: false, code: "last-admin" });
    const other = await newUser("admin");
    expect(await setDisabled(db, admin, first.id, true)).toEqual({ ok: true });
    expect(await setRole(db, admin, other.id, "support")).toMatchObject({ ok: false, code: "last-admin" });
    await setDisabled(db, admin, first.id, false);

    const change = await db.kysely
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
