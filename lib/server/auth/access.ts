import "server-only";
import { createAccessControl } from "better-auth/plugins/access";
import { adminAc, defaultStatements } from "better-auth/plugins/admin/access";

/**
 * Better Auth's admin-plugin view of the two roles. Roomdesk's own checks go through
 * requireRole (admin ⊇ support); this only decides what the plugin's user/session endpoints allow.
 */
export const ac = createAccessControl(defaultStatements);

export const roles = {
  admin: ac.newRole({ ...adminAc.statements }),
  support: ac.newRole({ user: [], session: [] }),
};

export const ROLES = ["admin", "support"] as const;
export type RoleName = (typeof ROLES)[number];
export const isRole = (value: unknown): value is RoleName => value === "admin" || value === "support";
