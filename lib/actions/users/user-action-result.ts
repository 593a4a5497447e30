import "server-only";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import type { ActionFailure, ActionResult } from "@/lib/actions/result";
import type { UserChange } from "@/lib/server/auth/users";

export type UserActionResult = ActionResult<object>;

export function invalid(error: z.ZodError): ActionFailure {
  return {
    ok: false,
    fieldErrors: z.flattenError(error).fieldErrors as Record<string, string[]>,
    error: { code: "invalid-input", message: "Check the highlighted fields.", requestId: null },
  };
}

/** Maps a user-service outcome to the action result shape and refreshes the users page on success. */
export function done(change: UserChange): UserActionResult {
  if (!change.ok)
    return { ok: false, error: { code: change.code, message: change.message, requestId: null } };
  revalidatePath("/users");
  return { ok: true };
}
