import "server-only";
import type { Db } from "../db";
import type { RoleName } from "./access";
import type { Auth } from "./auth";
import type { Actor } from "./guard";
import { authErrorCode, isAuthApiError } from "./api-error";
import { audit, view } from "./user-audit";
import type { UserChange } from "./users";

// Better Auth's admin plugin answers a known email with this code (plugins/admin/error-codes).
const DUPLICATE_EMAIL_CODES = new Set(["USER_ALREADY_EXISTS", "USER_ALREADY_EXISTS_USE_ANOTHER_EMAIL"]);

export async function createUser(
  auth: Auth,
  db: Db,
  actor: Actor,
  input: { email: string; name: string; role: RoleName; password: string },
): Promise<UserChange & { userId?: string }> {
  const email = input.email.trim().toLowerCase();
  try {
    const { user } = await auth.api.createUser({
      body: { email, name: input.name, password: input.password, role: input.role },
    });
    await audit(
      db,
      actor,
      "user.created",
      { email, role: input.role },
      view({ ...user, banned: false, role: input.role }),
    );
    return { ok: true, userId: user.id };
  } catch (error) {
    const request = { email, role: input.role };
    if (await isDuplicateEmail(db, email, error)) {
      await audit(db, actor, "user.created", request, null, "email-taken");
      return { ok: false, code: "email-taken" };
    }
    // The audit row names the kind of failure; the full error (which may quote SQL) goes to the server log.
    const reason = isAuthApiError(error)
      ? (authErrorCode(error) ?? error.status)
      : error instanceof Error
        ? error.name
        : typeof error;
    console.error("roomdesk: creating a user failed", error);
    await audit(db, actor, "user.created", request, null, `create-failed: ${String(reason)}`);
    return { ok: false, code: "create-failed" };
  }
}

/**
 * Only a taken email is reported as one: Better Auth's own check, or the unique index when two admins
 * add the same address at once (both pass that check, one insert fails). Anything else is another failure.
 */
async function isDuplicateEmail(db: Db, email: string, error: unknown): Promise<boolean> {
  if (isAuthApiError(error) && DUPLICATE_EMAIL_CODES.has(authErrorCode(error) ?? "")) return true;
  const existing = await db.kysely
    .selectFrom("user")
    .select("id")
    .where("email", "=", email)
    .executeTakeFirst()
    .catch(() => undefined);
  return existing !== undefined;
}
