import "server-only";
import type { Db } from "../db";
import type { Auth } from "./auth";
import { countUsers, createUser, type UserChange } from "./users";

/**
 * Creates the first administrator, once. The `auth_setup` row is the lock: two browsers submitting
 * at the same moment both see zero users, but only one can insert the row.
 */
export async function createFirstAdmin(
  auth: Auth,
  db: Db,
  input: { email: string; name: string; password: string },
): Promise<UserChange | { ok: false; code: "setup-done" }> {
  const done = { ok: false as const, code: "setup-done" as const };
  if ((await countUsers(db)) > 0) return done;
  try {
    await db.kysely
      .insertInto("auth_setup")
      .values({ id: 1, claimed_at: new Date().toISOString() })
      .execute();
  } catch {
    return done;
  }
  const result = await createUser(
    auth,
    db,
    { id: "first-run", role: "admin" },
    { ...input, role: "admin" },
  ).catch(async (error: unknown) => {
    await db.kysely.deleteFrom("auth_setup").execute();
    throw error;
  });
  if (!result.ok) await db.kysely.deleteFrom("auth_setup").execute();
  return result;
}
