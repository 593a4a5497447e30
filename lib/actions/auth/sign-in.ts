"use server";

import { redirect } from "next/navigation";
import type { ActionFailure } from "@/lib/actions/result";
import { signInSchema } from "@/lib/auth/schemas";
import { authHeaders } from "@/lib/server/auth/guard";
import { signIn } from "@/lib/server/auth/sign-in";
import { serverAction } from "../safe-action";

export type SignInFailure = ActionFailure & { retryAfterSeconds?: number };

/** Signs in with email and password (throttled per account and per address); redirects home on success. */
export const signInAction = serverAction({
  access: { anonymous: "auth.sign_in" },
  schema: signInSchema,
  // Malformed input reads like a wrong password: nothing tells a guesser which part was wrong.
  invalid: (_error, t): SignInFailure => ({
    ok: false,
    error: { code: "invalid-credentials", message: t("auth.signInFailed"), requestId: null },
  }),
  async run({ input, app, t }): Promise<SignInFailure> {
    const result = await signIn(app.auth, app.db, input, await authHeaders());
    if (result.ok) redirect("/");
    if (result.code === "throttled") {
      const seconds = result.retryAfterSeconds;
      return {
        ok: false,
        error: { code: result.code, message: t("auth.throttled", { seconds }), requestId: null },
        retryAfterSeconds: seconds,
      };
    }
    return { ok: false, error: { code: result.code, message: t("auth.signInFailed"), requestId: null } };
  },
});
