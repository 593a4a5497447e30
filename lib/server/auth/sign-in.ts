import "server-only";
import { isAuthApiError } from "./api-error";
import { recordAudit, type AuditEntry } from "../audit/record";
import type { Db } from "../db";
import type { Auth } from "./auth";
import { CLIENT_IP_HEADER } from "./client-ip";
import { hashPassword, needsRehash } from "./password";
import { auditRefusal } from "./refusal-audit";
import { accountKey, beginAttempt, ipKey, recordSuccess } from "./throttle";

export type SignInResult =
  | { ok: true; userId: string; role: string; setCookie: string | null }
  /** One answer for every credential failure: an unknown email and a wrong password read the same. */
  | { ok: false; code: "invalid-credentials" }
  | { ok: false; code: "throttled"; retryAfterSeconds: number };

const base = (ip: string | null): Omit<AuditEntry, "actor_id" | "actor_role" | "action" | "outcome"> => ({
  command: null,
  room_id: null,
  intent_id: null,
  attempt: null,
  request_id: null,
  error_code: null,
  error_info: null,
  http_status: null,
  latency_ms: null,
  requestBody: { ip },
});

/**
 * Email + password sign-in through the shared throttle (per account and per client address), with
 * an audit row for every outcome. `headers` carries the resolved client address (CLIENT_IP_HEADER).
 */
export async function signIn(
  auth: Auth,
  db: Db,
  input: { email: string; password: string },
  headers: Headers,
): Promise<SignInResult> {
  const email = input.email.trim().toLowerCase();
  const ip = headers.get(CLIENT_IP_HEADER);
  const decision = await beginAttempt(db, [accountKey(email), ...(ip ? [ipKey(ip)] : [])]);
  if (!decision.allowed) {
    // Counted per address like every anonymous refusal, not written each time (refusal-audit.ts).
    await auditRefusal(
      db,
      {
        actor_id: "anonymous",
        actor_role: "anonymous",
        action: "auth.sign_in_failed",
        http_status: 429,
        error_info: `throttled (${decision.blockedBy.join(", ")})`,
        requestBody: { email, ip },
      },
      { id: null, ip },
    );
    const s = decision.retryAfterSeconds;
    return {
      ok: false,
      code: "throttled",
      retryAfterSeconds: s,
    };
  }

  try {
    const { headers: out, response } = await auth.api.signInEmail({
      body: { email, password: input.password, rememberMe: true },
      headers,
      returnHeaders: true,
    });
    await recordSuccess(db, decision.ticket);
    await upgradeHash(db, response.user.id, input.password);
    const role = String((response.user as { role?: unknown }).role ?? "");
    await recordAudit(db, {
      ...base(ip),
      actor_id: response.user.id,
      actor_role: role,
      action: "auth.sign_in",
      outcome: "ok",
    });
    return { ok: true, userId: response.user.id, role, setCookie: out.get("set-cookie") };
  } catch (error) {
    if (!isAuthApiError(error)) throw error;
    await recordAudit(db, {
      ...base(ip),
      actor_id: "anonymous",
      actor_role: "anonymous",
      action: "auth.sign_in_failed",
      outcome: "failed",
      http_status: 401,
      error_info: String(error.body?.code ?? error.status),
      requestBody: { email, ip },
    });
    return { ok: false, code: "invalid-credentials" };
  }
}

/** Hashes made with older parameters are replaced while the plain password is at hand. */
async function upgradeHash(db: Db, userId: string, password: string) {
  const account = await db.kysely
    .selectFrom("account")
    .select(["id", "password"])
    .where("userId", "=", userId)
    .where("providerId", "=", "credential")
    .executeTakeFirst();
  if (!account?.password || !needsRehash(account.password)) return;
  await db.kysely
    .updateTable("account")
    .set({ password: await hashPassword(password) })
    .where("id", "=", account.id)
    .execute();
}

/** Ends the request's session (deletes it server-side; the cookie is cleared by the auth library). */
export async function signOut(
  auth: Auth,
  db: Db,
  headers: Headers,
  actor: { id: string; role: string } | null,
) {
  await auth.api.signOut({ headers }).catch(() => undefined);
  if (actor)
    await recordAudit(db, {
      ...base(headers.get(CLIENT_IP_HEADER)),
      actor_id: actor.id,
      actor_role: actor.role,
      action: "auth.sign_out",
      outcome: "ok",
    });
}
