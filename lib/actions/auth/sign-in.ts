"use server";

import { redirect } from "next/navigation";
import type { ActionFailure } from "@/lib/actions/result";
import { signInSchema } from "@/lib/auth/schemas";
import { allowAnonymous, authHeaders } from "@/lib/server/auth/guard";
import { signIn, SIGN_IN_FAILED } from "@/lib/server/auth/sign-in";
import { getApp } from "@/lib/server/app";

export type SignInFailure = ActionFailure & { retryAfterSeconds?: number };

/** Signs in with email and password (throttled per account and per address); redirects home on success. */
export async function signInAction(input: unknown): Promise<SignInFailure> {
  await allowAnonymous("auth.sign_in");
  const parsed = signInSchema.safeParse(input);
  if (!parsed.success)
    return { ok: false, error: { code: "invalid-credentials", message: SIGN_IN_FAILED, requestId: null } };
  const { auth, db } = await getApp();
  const result = await signIn(auth, db, parsed.data, await authHeaders());
  if (!result.ok) {
    return {
      ok: false,
      error: { code: result.code, message: result.message, requestId: null },
      ...(result.code === "throttled" ? { retryAfterSeconds: result.retryAfterSeconds } : {}),
    };
  }
  redirect("/");
}
