"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import type { ActionFailure } from "@/lib/actions/result";
import { firstAdminSchema } from "@/lib/auth/schemas";
import { CLIENT_IP_HEADER } from "@/lib/server/auth/client-ip";
import { createFirstAdmin } from "@/lib/server/auth/first-run";
import { authHeaders } from "@/lib/server/auth/guard";
import { REQUEST_ID_HEADER } from "@/lib/server/auth/path-header";
import { ANONYMOUS } from "@/lib/server/audit/record";
import { auditRefusal } from "@/lib/server/auth/refusal-audit";
import { signIn } from "@/lib/server/auth/sign-in";
import { presentUserChange } from "../present/users";
import { serverAction } from "../safe-action";

/** First run only: creates the first administrator and signs them in. Refused once any user exists. */
export const createFirstAdminAction = serverAction({
  access: { anonymous: "auth.first_admin" },
  schema: firstAdminSchema,
  invalid: (error): ActionFailure => ({
    ok: false,
    fieldErrors: z.flattenError(error).fieldErrors as Record<string, string[]>,
  }),
  async run({ input, app, t }): Promise<ActionFailure> {
    const { auth, db } = app;
    const result = await createFirstAdmin(auth, db, input);
    if (!result.ok) {
      if (result.code === "setup-done") {
        const ip = (await authHeaders()).get(CLIENT_IP_HEADER);
        await auditRefusal(
          db,
          {
            actor: ANONYMOUS,
            action: "auth.refused",
            details: {
              error: "first-run setup after users exist",
              httpStatus: 403,
              request: { email: input.email, ip },
            },
          },
          { id: (await headers()).get(REQUEST_ID_HEADER), ip },
        );
      }
      return presentUserChange(t, result) as ActionFailure;
    }
    const signedIn = await signIn(auth, db, input, await authHeaders());
    redirect(signedIn.ok ? "/" : "/login");
  },
});
