"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import type { ActionFailure } from "@/lib/actions/result";
import { firstAdminSchema } from "@/lib/auth/schemas";
import { recordAudit } from "@/lib/server/audit/record";
import { getAuth } from "@/lib/server/auth/auth";
import { createFirstAdmin } from "@/lib/server/auth/first-run";
import { allowAnonymous, authHeaders } from "@/lib/server/auth/guard";
import { signIn } from "@/lib/server/auth/sign-in";

/** First run only: creates the first administrator and signs them in. Refused once any user exists. */
export async function createFirstAdminAction(input: unknown): Promise<ActionFailure> {
  await allowAnonymous("auth.first_admin");
  const parsed = firstAdminSchema.safeParse(input);
  if (!parsed.success) {
    const fieldErrors = z.flattenError(parsed.error).fieldErrors as Record<string, string[]>;
    return { ok: false, fieldErrors };
  }
  const { auth, db } = await getAuth();
  const result = await createFirstAdmin(auth, db, parsed.data);
  if (!result.ok) {
    if (result.code === "setup-done") {
      await recordAudit(db, {
        actor_id: "anonymous",
        actor_role: "anonymous",
        action: "auth.refused",
        command: null,
        room_id: null,
        intent_id: null,
        attempt: null,
        request_id: null,
        error_code: null,
        error_info: "first-run setup after users exist",
        outcome: "refused",
        http_status: 403,
        latency_ms: null,
        requestBody: { email: parsed.data.email },
      });
    }
    return { ok: false, error: { code: result.code, message: result.message, requestId: null } };
  }
  const signedIn = await signIn(auth, db, parsed.data, await authHeaders());
  redirect(signedIn.ok ? "/" : "/login");
}
