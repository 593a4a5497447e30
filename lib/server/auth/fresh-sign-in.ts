import "server-only";
import { recordAudit } from "../audit/record";
import type { Actor } from "./guard";
import type { AppDeps } from "@/lib/server/app";

/** Whether the actor typed their password within the last `freshMinutes`. */
export function isFreshSignIn(actor: Actor, freshMinutes: number, now = Date.now()): boolean {
  if (!actor.signedInAt) return false;
  const age = now - Date.parse(actor.signedInAt);
  return age >= 0 && age <= freshMinutes * 60_000;
}

/**
 * Changes to accounts need a recent sign-in, so a session left open on a desk cannot hand out admin
 * rights. The action wrapper asks right after the role check; a refusal is audited and returned as
 * the limit the admin has to meet.
 */
export async function requireFreshSignIn(
  app: Pick<AppDeps, "db" | "config">,
  actor: Actor,
  action: string,
): Promise<{ freshMinutes: number } | null> {
  const { freshMinutes } = app.config.auth;
  if (isFreshSignIn(actor, freshMinutes)) return null;
  await recordAudit(app.db, {
    actor,
    action: "auth.refused",
    outcome: "refused",
    details: {
      error: "stale-sign-in",
      httpStatus: 403,
      request: { action, signedInAt: actor.signedInAt ?? null },
    },
  });
  return { freshMinutes };
}
