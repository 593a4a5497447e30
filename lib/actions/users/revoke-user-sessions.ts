"use server";

import { revokeSessions } from "@/lib/server/auth/users";
import { userRefSchema } from "@/lib/auth/schemas";
import { requireFreshSignIn } from "@/lib/server/auth/fresh-sign-in";
import { requireRole } from "@/lib/server/auth/guard";
import { done, invalid, type UserActionResult } from "./user-action-result";
import { getApp } from "@/lib/server/app";

/** Ends every session of a user at once. Admins only. */
export async function revokeUserSessionsAction(input: unknown): Promise<UserActionResult> {
  const actor = await requireRole("admin");
  const stale = await requireFreshSignIn(actor, "revoke-user-sessions");
  if (stale) return stale;
  const parsed = userRefSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const { db } = await getApp();
  return done(await revokeSessions(db, actor, parsed.data.userId));
}
