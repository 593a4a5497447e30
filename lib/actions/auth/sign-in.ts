"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import type { ActionFailure } from "@/lib/actions/result";
import { safeReturnPath } from "@/lib/auth/return-path";
import { signInSchema } from "@/lib/auth/schemas";
import { authHeaders } from "@/lib/server/auth/guard";
import { signIn, type SignInResult } from "@/lib/server/auth/sign-in";
import type { Translate } from "@/lib/i18n/translate";
import { serverAction } from "../safe-action";

export type SignInFailure = ActionFailure & { retryAfterSeconds?: number };

/** `next`: the page that sent the person to /login; followed only when it is a page of Roomdesk. */
const signInWithReturnSchema = signInSchema.extend({ next: z.string().max(4096).optional() });

/**
 * Signs in with email and password (throttled per account and per address); on success redirects back
 * to the page that asked for it (safeReturnPath), else home.
 */
export const signInAction = serverAction({
  access: { anonymous: "auth.sign_in" },
  schema: signInWithReturnSchema,
  invalid: looksLikeWrongPassword,
  async run({ input, app, t }): Promise<SignInFailure> {
    const result = await signIn(app.auth, app.db, input, await authHeaders());
    if (result.ok) redirect(safeReturnPath(input.next) ?? "/");
    return refusal(t, result);
  },
});

/**
 * The same sign-in, answered in place: for the dialog a page opens when its session ran out under a
 * form, so the form (and what was typed into it) stays where it is and is sent once signed in again.
 */
export const signInHereAction = serverAction({
  access: { anonymous: "auth.sign_in" },
  schema: signInSchema,
  invalid: looksLikeWrongPassword,
  async run({ input, app, t }): Promise<{ ok: true } | SignInFailure> {
    const result = await signIn(app.auth, app.db, input, await authHeaders());
    return result.ok ? { ok: true } : refusal(t, result);
  },
});

// Malformed input reads like a wrong password: nothing tells a guesser which part was wrong.
function looksLikeWrongPassword(_error: z.ZodError, t: Translate): SignInFailure {
  return {
    ok: false,
    error: { code: "invalid-credentials", message: t("auth.signInFailed"), requestId: null },
  };
}

function refusal(t: Translate, result: Exclude<SignInResult, { ok: true }>): SignInFailure {
  if (result.code === "throttled") {
    const seconds = result.retryAfterSeconds;
    return {
      ok: false,
      error: { code: result.code, message: t("auth.throttled", { seconds }), requestId: null },
      retryAfterSeconds: seconds,
    };
  }
  return { ok: false, error: { code: result.code, message: t("auth.signInFailed"), requestId: null } };
}
