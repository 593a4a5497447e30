import "server-only";
import type { Db } from "../db";
import { auditRefusal } from "./refusal-audit";
import type { SessionActor, SessionCheck } from "./session";

export type Role = "admin" | "support";

export interface Actor {
  id: string;
  role: Role;
  email?: string;
  sessionId?: string;
  signedInAt?: string;
}

export type RoleCheck = { ok: true; actor: Actor } | { ok: false; status: 401 | 403 };

/**
 * What a refusal's audit row says about the request. Gathered only when the request is refused, by whoever
 * holds it: the guard from Next's headers (guard.ts), a route answered before Next from the bare Node
 * request (lib/server/support/node-lookup.ts).
 */
export interface RefusedRequest {
  /** The path asked for. */
  path: string | null;
  /** The `Next-Action` header: the server action the request called, if any. */
  action: string | null;
  /** The resolved client address (client-ip.ts). */
  ip: string | null;
  /** One id per HTTP request, so a request refused twice is audited once (refused-requests.ts). */
  requestId: string | null;
}

const satisfies = (have: Role, need: Role) => have === "admin" || have === need;

/**
 * The guard's decision on a checked session, without Next: the actor when the session holds `role`
 * (admin ⊇ support), else 401 without a valid session, 403 with too small a role or one Roomdesk does
 * not know, and the refusal audited once (refusal-audit.ts).
 */
export async function checkRole(
  db: Db,
  role: Role,
  session: SessionCheck,
  refused: () => Promise<RefusedRequest> | RefusedRequest,
): Promise<RoleCheck> {
  if (session.ok && satisfies(session.actor.role, role)) return { ok: true, actor: toActor(session.actor) };

  const status = session.ok ? 403 : session.reason === "unknown-role" ? 403 : 401;
  const who = session.ok ? session.actor : null;
  const request = await refused();
  await auditRefusal(
    db,
    {
      actor: {
        id: who?.id ?? (session.ok ? undefined : session.userId) ?? "anonymous",
        role: who?.role ?? "anonymous",
      },
      action: "auth.refused",
      details: {
        error: session.ok ? `needs ${role}` : session.reason,
        httpStatus: status,
        request: {
          required: role,
          path: request.path,
          action: request.action,
          method: request.action ? "POST" : null,
          ip: request.ip,
        },
      },
    },
    { id: request.requestId, ip: request.ip },
  );
  return { ok: false, status };
}

export const toActor = (a: SessionActor): Actor => ({
  id: a.id,
  role: a.role,
  email: a.email,
  sessionId: a.sessionId,
  signedInAt: a.signedInAt,
});
