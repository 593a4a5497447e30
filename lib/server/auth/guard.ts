import "server-only";

export type Role = "admin" | "support";

export interface Actor {
  id: string;
  role: Role;
}

/**
 * The one authorization gate: every server action, route handler and page calls it first.
 * Until accounts land, this deployment has a single local operator acting as admin; the call sites
 * are final, so replacing this body with a session lookup secures them all at once.
 */
export async function requireRole(role: Role): Promise<Actor> {
  const actor: Actor = { id: "local-admin", role: "admin" };
  if (role === "admin" && actor.role !== "admin") throw new Error("forbidden");
  return actor;
}
