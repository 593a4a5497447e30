import "server-only";
import { isAuthApiError } from "./api-error";
import { ANONYMOUS, recordAudit, type AuditEvent } from "../audit/record";
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
        actor: ANONYMOUS,
        action: "auth.sign_in_failed",
        details: {
          httpStatus: 429,
          error: `throttled (${decision.blockedBy.join(", ")})`,
          request: { email, ip },
        },
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
      actor: { id: response.user.id, role },
      action: "auth.sign_in",
      outcome: "ok",
      details: { request: { ip } },
    });
    return { ok: true, userId: response.user.id, role, setCookie: out.get("set-cookie") };
  } catch (error) {
    if (!isAuthApiError(error)) throw error;
    const failed: AuditEvent = {
      actor: ANONYMOUS,
      action: "auth.sign_in_failed",
      outcome: "failed",
      details: { httpStatus: 401, error: String(error.body?.code ?? error.status), request: { email, ip } },
    };
    await recordAudit(db, failed);
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
      actor,
      action: "auth.sign_out",
      outcome: "ok",
      details: { request: { ip: headers.get(CLIENT_IP_HEADER) } },
    });
}
