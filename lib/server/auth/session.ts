import "server-only";
import type { AppConfig } from "../config";
import type { Db } from "../db";
import { keepPrepared } from "../db/prepared";
import { isRole, type RoleName } from "./access";
import type { Auth } from "./auth";
import { sessionTokenFromCookies } from "./session-cookie";

export interface SessionActor {
  id: string;
  role: RoleName;
  email: string;
  name: string;
  sessionId: string;
  /** When this session was created, i.e. when the user last typed their password (ISO). */
  signedInAt: string;
}

export type SessionCheck =
  | { ok: true; actor: SessionActor }
  | {
      ok: false;
      reason: "no-session" | "expired" | "idle" | "disabled" | "unknown-role";
      userId?: string;
      role?: string;
    };

/** Activity is written at most this often, so a busy page costs one write a minute, not one per request. */
const TOUCH_EVERY_MS = 60_000;

const toDate = (v: Date | string) => (v instanceof Date ? v : new Date(v));
const dbDate = (db: Db, d: Date) => (db.dialect === "sqlite" ? d.toISOString() : d);

/**
 * Validates the request's session cookie against the database: it exists, is inside the absolute
 * lifetime and the idle limit, its user is enabled and holds a known role. Expired and idle
 * sessions are deleted, so the cookie can never come back.
 */
export async function checkSession(
  auth: Auth,
  db: Db,
  headers: Headers,
  limits: Pick<AppConfig["auth"], "idleMinutes" | "maxHours">,
  now = new Date(),
): Promise<SessionCheck> {
  const cookies = headers.get("cookie");
  if (!cookies) return { ok: false, reason: "no-session" };
  const ctx = await auth.$context;
  const token = sessionTokenFromCookies(cookies, ctx.authCookies.sessionToken.name, ctx.secret);
  if (!token) return { ok: false, reason: "no-session" };
  const row = await db.kysely
    .selectFrom("session")
    .innerJoin("user", "user.id", "session.userId")
    .select([
      "session.id as sessionId",
      "session.expiresAt",
      "session.createdAt",
      "session.updatedAt",
      "user.id as userId",
      "user.email",
      "user.name",
      "user.role",
      "user.banned",
    ])
    .where("session.token", "=", token)
    // Every guarded request runs it: parsed and planned once per connection (db/prepared.ts).
    .modifyEnd(keepPrepared)
    .executeTakeFirst();
  if (!row) return { ok: false, reason: "no-session" };
  const session = { id: row.sessionId, createdAt: row.createdAt, updatedAt: row.updatedAt };
  const user = {
    id: row.userId,
    email: row.email,
    name: row.name,
    role: row.role,
    banned: Boolean(row.banned),
  };
  const drop = () => db.kysely.deleteFrom("session").where("id", "=", session.id).execute();

  const pastExpiry = toDate(row.expiresAt).getTime() <= now.getTime();
  if (pastExpiry || now.getTime() - toDate(session.createdAt).getTime() > limits.maxHours * 3_600_000) {
    await drop();
    return { ok: false, reason: "expired", userId: user.id };
  }
  const idleMs = now.getTime() - toDate(session.updatedAt).getTime();
  if (idleMs > limits.idleMinutes * 60_000) {
    await drop();
    return { ok: false, reason: "idle", userId: user.id };
  }
  if (user.banned) {
    await drop();
    return { ok: false, reason: "disabled", userId: user.id };
  }
  if (!isRole(user.role))
    return { ok: false, reason: "unknown-role", userId: user.id, role: String(user.role) };

  if (idleMs > TOUCH_EVERY_MS) {
    await db.kysely
      .updateTable("session")
      .set({ updatedAt: dbDate(db, now) })
      .where("id", "=", session.id)
      .execute();
  }
  return {
    ok: true,
    actor: {
      id: user.id,
      role: user.role,
      email: user.email,
      name: user.name,
      sessionId: session.id,
      signedInAt: toDate(session.createdAt).toISOString(),
    },
  };
}
