import "server-only";
import type { ActionFailure } from "@/lib/actions/result";
import { recordAudit } from "../audit/record";
import { getConfig } from "../config";
import type { Actor } from "./guard";
import { getApp } from "@/lib/server/app";

/** Whether the actor typed their password within the last `freshMinutes`. */
export function isFreshSignIn(actor: Actor, freshMinutes: number, now = Date.now()): boolean {
  if (!actor.signedInAt) return false;
  const age = now - Date.parse(actor.signedInAt);
  return age >= 0 && age <= freshMinutes * 60_000;
}

/**
 * Changes to accounts need a recent sign-in, so a session left open on a desk cannot hand out admin
 * rights. Call right after `requireRole("admin")`; a non-null result is the refusal to return.
 */
export async function requireFreshSignIn(actor: Actor, action: string): Promise<ActionFailure | null> {
  const { freshMinutes } = getConfig().auth;
  if (isFreshSignIn(actor, freshMinutes)) return null;
  await recordAudit((await getApp()).db, {
    actor_id: actor.id,
    actor_role: actor.role,
    action: "auth.refused",
    command: null,
    room_id: null,
    intent_id: null,
    attempt: null,
    request_id: null,
    error_code: null,
    error_info: "stale-sign-in",
    outcome: "refused",
    http_status: 403,
    latency_ms: null,
    requestBody: { action, signedInAt: actor.signedInAt ?? null },
  });
  return {
    ok: false,
    error: {
      code: "reauth-required",
      message: `Changes to accounts need a sign-in from the last ${freshMinutes} minutes. Sign out, sign in again, then repeat the change.`,
      requestId: null,
    },
  };
}
