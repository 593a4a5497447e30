"use server";

import { setDisabled } from "@/lib/server/auth/users";
import { setDisabledSchema } from "@/lib/auth/schemas";
import { requireFreshSignIn } from "@/lib/server/auth/fresh-sign-in";
import { requireRole } from "@/lib/server/auth/guard";
import { done, invalid, type UserActionResult } from "./user-action-result";
import { getApp } from "@/lib/server/app";

/** Disables (ending every session) or re-enables a user; never the last active admin. Admins only. */
export async function setUserDisabledAction(input: unknown): Promise<UserActionResult> {
  const actor = await requireRole("admin");
  const stale = await requireFreshSignIn(actor, "set-user-disabled");
  if (stale) return stale;
  const parsed = setDisabledSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const { db } = await getApp();
  return done(await setDisabled(db, actor, parsed.data.userId, parsed.data.disabled));
}
