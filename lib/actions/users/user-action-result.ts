import "server-only";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import type { Translate } from "@/lib/i18n/translate";
import type { UserChange } from "@/lib/server/auth/users";
import { presentUserChange } from "../present/users";
import type { ActionFailure, ActionResult } from "../result";

export type UserActionResult = ActionResult<object>;

/** The account forms flag their fields by name, one message each (their schemas are flat). */
export function invalid(error: z.ZodError, t: Translate): ActionFailure {
  return {
    ok: false,
    fieldErrors: z.flattenError(error).fieldErrors as Record<string, string[]>,
    error: { code: "invalid-input", message: t("form.checkFields"), requestId: null },
  };
}

/** A user-service outcome as the form's result; the users page is refreshed on success. */
export function done(t: Translate, change: UserChange): UserActionResult {
  if (change.ok) revalidatePath("/users");
  return presentUserChange(t, change);
}
