"use server";

import {
  createUserSchema,
  resetPasswordSchema,
  setDisabledSchema,
  setRoleSchema,
  userRefSchema,
} from "@/lib/auth/schemas";
import { createUser } from "@/lib/server/auth/create-user";
import { resetPassword, revokeSessions, setDisabled, setRole } from "@/lib/server/auth/users";
import { serverAction } from "../safe-action";
import { done, invalid } from "./user-action-result";

/** Account changes: admins only, each with a sign-in from the last SESSION_FRESH_MINUTES. */

/** Creates a user with a role and an initial password. */
export const createUserAction = serverAction({
  access: { role: "admin", fresh: "create-user" },
  schema: createUserSchema,
  invalid,
  run: async ({ input, actor, app, t }) => done(t, await createUser(app.auth, app.db, actor!, input)),
});

/** Sets a new password for a user and ends their sessions. */
export const resetUserPasswordAction = serverAction({
  access: { role: "admin", fresh: "reset-user-password" },
  schema: resetPasswordSchema,
  invalid,
  run: async ({ input, actor, app, t }) =>
    done(t, await resetPassword(app.auth, app.db, actor!, input.userId, input.password)),
});

/** Ends every session of a user at once. */
export const revokeUserSessionsAction = serverAction({
  access: { role: "admin", fresh: "revoke-user-sessions" },
  schema: userRefSchema,
  invalid,
  run: async ({ input, actor, app, t }) => done(t, await revokeSessions(app.db, actor!, input.userId)),
});

/** Disables (ending every session) or re-enables a user; never the last active admin. */
export const setUserDisabledAction = serverAction({
  access: { role: "admin", fresh: "set-user-disabled" },
  schema: setDisabledSchema,
  invalid,
  run: async ({ input, actor, app, t }) =>
    done(t, await setDisabled(app.db, actor!, input.userId, input.disabled)),
});

/** Changes a user's role and ends their sessions; never demotes the last active admin. */
export const setUserRoleAction = serverAction({
  access: { role: "admin", fresh: "set-user-role" },
  schema: setRoleSchema,
  invalid,
  run: async ({ input, actor, app, t }) => done(t, await setRole(app.db, actor!, input.userId, input.role)),
});
