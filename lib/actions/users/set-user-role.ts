"use server";

import { setRole } from "@/lib/server/auth/users";
import { setRoleSchema } from "@/lib/auth/schemas";
import { requireFreshSignIn } from "@/lib/server/auth/fresh-sign-in";
import { requireRole } from "@/lib/server/auth/guard";
import { done, invalid, type UserActionResult } from "./user-action-result";
import { getApp } from "@/lib/server/app";

/** Changes a user's role and ends their sessions; never demotes the last active admin. Admins only. */
export async function setUserRoleAction(input: unknown): Promise<UserActionResult> {
  const actor = await requireRole("admin");
  const stale = await requireFreshSignIn(actor, "set-user-role");
  if (stale) return stale;
  const parsed = setRoleSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const { db } = await getApp();
  return done(await setRole(db, actor, parsed.data.userId, parsed.data.role));
}
