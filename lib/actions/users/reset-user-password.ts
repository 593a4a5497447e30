"use server";

import { resetPassword } from "@/lib/server/auth/users";
import { resetPasswordSchema } from "@/lib/auth/schemas";
import { requireFreshSignIn } from "@/lib/server/auth/fresh-sign-in";
import { requireRole } from "@/lib/server/auth/guard";
import { done, invalid, type UserActionResult } from "./user-action-result";
import { getApp } from "@/lib/server/app";

/** Sets a new password for a user and ends their sessions. Admins only. */
export async function resetUserPasswordAction(input: unknown): Promise<UserActionResult> {
  const actor = await requireRole("admin");
  const stale = await requireFreshSignIn(actor, "reset-user-password");
  if (stale) return stale;
  const parsed = resetPasswordSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const { auth, db } = await getApp();
  return done(await resetPassword(auth, db, actor, parsed.data.userId, parsed.data.password));
}
