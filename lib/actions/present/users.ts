import "server-only";
import type { Translate } from "@/lib/i18n/translate";
import type { UserChange } from "@/lib/server/auth/users";
import type { ActionResult } from "../result";

const USER_MESSAGE = {
  "not-found": "users.notFound",
  "last-admin": "users.lastAdmin",
  "email-taken": "users.emailTaken",
  "create-failed": "users.createFailed",
  "setup-done": "auth.setupDone",
} as const;

/** A change to an account in words; the users page refreshes itself on success. */
export function presentUserChange(
  t: Translate,
  change: UserChange | { ok: false; code: "setup-done" },
): ActionResult<object> {
  if (change.ok) return { ok: true };
  return { ok: false, error: { code: change.code, message: t(USER_MESSAGE[change.code]), requestId: null } };
}
