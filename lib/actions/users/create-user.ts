"use server";

import { createUser } from "@/lib/server/auth/users";
import { createUserSchema } from "@/lib/auth/schemas";
import { requireFreshSignIn } from "@/lib/server/auth/fresh-sign-in";
import { requireRole } from "@/lib/server/auth/guard";
import { done, invalid, type UserActionResult } from "./user-action-result";
import { getApp } from "@/lib/server/app";

/** Creates a user with a role and an initial password. Admins only. */
export async function createUserAction(input: unknown): Promise<UserActionResult> {
  const actor = await requireRole("admin");
  const stale = await requireFreshSignIn(actor, "create-user");
  if (stale) return stale;
  const parsed = createUserSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const { auth, db } = await getApp();
  return done(await createUser(auth, db, actor, parsed.data));
}
