import "server-only";
import { sql } from "kysely";
import type { Db } from "../db";
import { isRole, type RoleName } from "./access";
import type { Auth } from "./auth";
import type { Actor } from "./guard";
import { audit, view, type UserAuditAction } from "./user-audit";
import type { UserSummary } from "@/lib/users/types";

export type UserChange =
  { ok: true } | { ok: false; code: "not-found" | "last-admin" | "email-taken" | "create-failed" };

const iso = (v: Date | string) => (v instanceof Date ? v : new Date(v)).toISOString();
const flag = (db: Db, on: boolean) => (db.dialect === "sqlite" ? (on ? 1 : 0) : on);
const now = (db: Db) => (db.dialect === "sqlite" ? new Date().toISOString() : new Date());

export async function countUsers(db: Db): Promise<number> {
  const row = await db.kysely
    .selectFrom("user")
    .select((eb) => eb.fn.countAll<string | number>().as("n"))
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}

/**
 * Every user in email order with their newest sign-in. Sessions end at sign-out, so that comes from the
 * audit trail, which keeps it: one row per user, read from audit_log_sign_in_actor_time (migration 012).
 * The action is written into the SQL, not bound, because a partial index serves only the query its
 * condition visibly holds for.
 */
export function usersWithLastSignIn(db: Db) {
  return db.kysely
    .selectFrom("user")
    .selectAll("user")
    .select((eb) =>
      eb
        .selectFrom("audit_log")
        .select("audit_log.occurred_at")
        .whereRef("audit_log.actor_id", "=", "user.id")
        .where("audit_log.action", "=", sql.lit("auth.sign_in"))
        .orderBy("audit_log.occurred_at", "desc")
        .limit(1)
        .as("lastSignInAt"),
    )
    .orderBy("email");
}

export async function listUsers(db: Db): Promise<UserSummary[]> {
  const users = await usersWithLastSignIn(db).execute();
  const sessions = await db.kysely
    .selectFrom("session")
    .select(["userId", (eb) => eb.fn.countAll<string | number>().as("n")])
    .where("expiresAt", ">", now(db))
    .groupBy("userId")
    .execute();
  const open = new Map(sessions.map((r) => [r.userId, Number(r.n)]));
  return users.map((u) => ({
    id: u.id,
    email: u.email,
    name: u.name,
    role: u.role ?? "",
    disabled: Boolean(u.banned),
    createdAt: iso(u.createdAt),
    lastSignInAt: u.lastSignInAt ?? null,
    activeSessions: open.get(u.id) ?? 0,
  }));
}

type Mutation = { role?: RoleName; disabled?: boolean };

/**
 * Role and status changes run in one transaction that first locks the admin rows (Postgres) so two
 * admins demoting each other at once cannot leave nobody in charge. Every change revokes the user's
 * sessions, so it applies at their very next request.
 */
async function changeUser(
  db: Db,
  actor: Actor,
  userId: string,
  change: Mutation,
  action: UserAuditAction,
): Promise<UserChange> {
  const result = await db.kysely.transaction().execute(async (tx) => {
    let admins = tx.selectFrom("user").select(["id", "banned"]).where("role", "=", "admin");
    if (db.dialect === "postgres") admins = admins.forUpdate();
    const activeAdmins = (await admins.execute()).filter((u) => !u.banned);
    const target = await tx.selectFrom("user").selectAll().where("id", "=", userId).executeTakeFirst();
    if (!target) return { ok: false as const, code: "not-found" as const, before: null };
    const before = view(target);
    const losesAdmin =
      target.role === "admin" &&
      !target.banned &&
      (change.disabled === true || (change.role && change.role !== "admin"));
    if (losesAdmin && activeAdmins.filter((a) => a.id !== userId).length === 0) {
      return { ok: false as const, code: "last-admin" as const, before };
    }
    await tx
      .updateTable("user")
      .set({
        ...(change.role ? { role: change.role } : {}),
        ...(change.disabled !== undefined
          ? {
              banned: flag(db, change.disabled),
              banReason: change.disabled ? `disabled by ${actor.id}` : null,
            }
          : {}),
        updatedAt: now(db),
      })
      .where("id", "=", userId)
      .execute();
    const revoked = await tx.deleteFrom("session").where("userId", "=", userId).executeTakeFirst();
    const after = {
      ...before,
      ...(change.role ? { role: change.role } : {}),
      ...(change.disabled !== undefined ? { disabled: change.disabled } : {}),
    };
    return {
      ok: true as const,
      before,
      after: { ...after, sessionsRevoked: Number(revoked.numDeletedRows) },
    };
  });
  if (!result.ok) {
    await audit(db, actor, action, result.before ?? { userId }, null, result.code);
    return { ok: false, code: result.code === "not-found" ? "not-found" : "last-admin" };
  }
  await audit(db, actor, action, result.before, result.after);
  return { ok: true };
}

export const setRole = (db: Db, actor: Actor, userId: string, role: RoleName) =>
  changeUser(db, actor, userId, { role }, "user.role_changed");

export const setDisabled = (db: Db, actor: Actor, userId: string, disabled: boolean) =>
  changeUser(db, actor, userId, { disabled }, disabled ? "user.disabled" : "user.enabled");

export async function revokeSessions(db: Db, actor: Actor, userId: string): Promise<UserChange> {
  const target = await db.kysely.selectFrom("user").selectAll().where("id", "=", userId).executeTakeFirst();
  if (!target) return { ok: false, code: "not-found" };
  const revoked = await db.kysely.deleteFrom("session").where("userId", "=", userId).executeTakeFirst();
  await audit(db, actor, "user.sessions_revoked", view(target), {
    sessionsRevoked: Number(revoked.numDeletedRows),
  });
  return { ok: true };
}

/** Sets a new password (hashed by the auth library's argon2id hook) and ends every session of that user. */
export async function resetPassword(
  auth: Auth,
  db: Db,
  actor: Actor,
  userId: string,
  password: string,
): Promise<UserChange> {
  const target = await db.kysely.selectFrom("user").selectAll().where("id", "=", userId).executeTakeFirst();
  if (!target) return { ok: false, code: "not-found" };
  const ctx = await auth.$context;
  const hashed = await ctx.password.hash(password);
  if (await ctx.internalAdapter.findCredentialAccount(userId))
    await ctx.internalAdapter.updatePassword(userId, hashed);
  else
    await ctx.internalAdapter.createAccount({
      userId,
      providerId: "credential",
      accountId: userId,
      password: hashed,
    });
  const revoked = await db.kysely.deleteFrom("session").where("userId", "=", userId).executeTakeFirst();
  await audit(db, actor, "user.password_reset", view(target), {
    reset: true,
    sessionsRevoked: Number(revoked.numDeletedRows),
  });
  return { ok: true };
}

export { isRole };
export { createUser } from "./create-user";
