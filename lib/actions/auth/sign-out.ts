"use server";

import { redirect } from "next/navigation";
import { loginHref } from "@/lib/auth/return-path";
import { allowAnonymous, authHeaders, currentActor } from "@/lib/server/auth/guard";
import { signOut } from "@/lib/server/auth/sign-in";
import { getApp } from "@/lib/server/app";

/** Ends this browser's session server-side (anyone may call it; without a session it does nothing). */
export async function signOutAction(): Promise<void> {
  await allowAnonymous("auth.sign_out");
  const { auth, db } = await getApp();
  await signOut(auth, db, await authHeaders(), await currentActor());
  // /login then says "You signed out" rather than that a session expired.
  redirect(loginHref({ reason: "signed-out" }));
}
