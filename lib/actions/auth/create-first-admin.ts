"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import type { ActionFailure } from "@/lib/actions/result";
import { firstAdminSchema } from "@/lib/auth/schemas";
import { CLIENT_IP_HEADER } from "@/lib/server/auth/client-ip";
import { createFirstAdmin } from "@/lib/server/auth/first-run";
import { allowAnonymous, authHeaders } from "@/lib/server/auth/guard";
import { REQUEST_ID_HEADER } from "@/lib/server/auth/path-header";
import { auditRefusal } from "@/lib/server/auth/refusal-audit";
import { signIn } from "@/lib/server/auth/sign-in";
import { getApp } from "@/lib/server/app";

/** First run only: creates the first administrator and signs them in. Refused once any user exists. */
export async function createFirstAdminAction(input: unknown): Promise<ActionFailure> {
  await allowAnonymous("auth.first_admin");
  const parsed = firstAdminSchema.safeParse(input);
  if (!parsed.success) {
    const fieldErrors = z.flattenError(parsed.error).fieldErrors as Record<string, string[]>;
    return { ok: false, fieldErrors };
  }
  const { auth, db } = await getApp();
  const result = await createFirstAdmin(auth, db, parsed.data);
  if (!result.ok) {
    if (result.code === "setup-done") {
      const ip = (await authHeaders()).get(CLIENT_IP_HEADER);
      await auditRefusal(
        db,
        {
          actor_id: "anonymous",
          actor_role: "anonymous",
          action: "auth.refused",
          error_info: "first-run setup after users exist",
          http_status: 403,
          requestBody: { email: parsed.data.email, ip },
        },
        { id: (await headers()).get(REQUEST_ID_HEADER), ip },
      );
    }
    return { ok: false, error: { code: result.code, message: result.message, requestId: null } };
  }
  const signedIn = await signIn(auth, db, parsed.data, await authHeaders());
  redirect(signedIn.ok ? "/" : "/login");
}
