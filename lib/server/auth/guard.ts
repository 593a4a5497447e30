import "server-only";
import { forbidden, redirect, unauthorized } from "next/navigation";
import { cookies, headers } from "next/headers";
import { cache } from "react";
import { getConfig } from "../config";
import { CLIENT_IP_HEADER, resolveClientIp } from "./client-ip";
import { PATH_HEADER, REQUEST_ID_HEADER, SEARCH_HEADER } from "./path-header";
import { checkRole, toActor, type Actor, type Role, type RoleCheck } from "./role-check";
import { checkSession } from "./session";
import { countUsers } from "./users";
import { getApp } from "@/lib/server/app";
import { loginHref } from "@/lib/auth/return-path";

export type { Actor, Role } from "./role-check";

/**
 * The request's headers as the auth library should see them: the cookies and the resolved client address.
 * The cookies come from cookies(), not the raw header: after an action signed in (the sign-in dialog), Next
 * renders the page again within the same request, and only cookies() holds the new session by then.
 */
export async function authHeaders(): Promise<Headers> {
  const incoming = await headers();
  const out = new Headers();
  const cookie = (await cookies()).toString();
  if (cookie) out.set("cookie", cookie);
  const ua = incoming.get("user-agent");
  if (ua) out.set("user-agent", ua);
  const ip = resolveClientIp(incoming, getConfig().auth.trustedIpHeader);
  if (ip) out.set(CLIENT_IP_HEADER, ip);
  return out;
}

/**
 * This request's session, checked against the database once however many parts of one page render ask
 * (the layout for the header, the page for its guard). React scopes the cache to one server render;
 * outside a render (actions, route handlers) every call checks again, and each of those is one request.
 */
const sessionOfRequest = cache(async () => {
  const { auth, db } = await getApp();
  const request = await authHeaders();
  return { request, result: await checkSession(auth, db, request, getConfig().auth) };
});

/** The session and role check (role-check.ts), with what a refusal records read from Next's headers. */
async function check(role: Role): Promise<RoleCheck> {
  const { db } = await getApp();
  const { request, result } = await sessionOfRequest();
  return checkRole(db, role, result, async () => {
    const incoming = await headers();
    return {
      path: incoming.get(PATH_HEADER),
      action: incoming.get("next-action"),
      ip: request.get(CLIENT_IP_HEADER),
      requestId: incoming.get(REQUEST_ID_HEADER),
    };
  });
}

/**
 * The one authorization gate: every server action, route handler and page calls it first. It validates
 * the session against the database on every call (no cookie cache), audits every refused request once
 * (refusal-audit.ts: anonymous ones counted per address), and refuses through Next's auth interrupts:
 * HTTP 401 (`unauthorized()`) without a valid session, 403 (`forbidden()`) with a valid session but
 * too small a role. Page renders are the one exception for anonymous visitors: they are redirected to
 * /login (or /setup on first run).
 * admin ⊇ support.
 */
export async function requireRole(role: Role): Promise<Actor>;
export async function requireRole(role: Role, opts: AnswerEndedSession): Promise<Actor | SessionEnded>;
export async function requireRole(role: Role, opts?: AnswerEndedSession): Promise<Actor | SessionEnded> {
  const result = await check(role);
  if (result.ok) return result.actor;
  if (result.status === 403) forbidden();
  if (await isPageRender()) {
    const { db } = await getApp();
    if ((await countUsers(db)) === 0) redirect("/setup");
    redirect(await loginForThisPage());
  }
  if (opts?.answerEndedSession && (await hadSessionCookie())) return { sessionEnded: true };
  unauthorized();
}

/**
 * Asked by the action wrapper: a browser whose session ran out (it still sends a session cookie) is
 * answered `{ sessionEnded: true }` instead of a 401. Next answers an action's 401 by rendering the
 * "please sign in" page over the one the form is on, which throws away everything typed; the typed
 * answer lets the form keep its values and ask for sign-in over them. The refusal is audited the same.
 * A request that never had a session (a script, a hand-made POST) still gets the 401.
 */
export interface AnswerEndedSession {
  answerEndedSession: true;
}
export interface SessionEnded {
  sessionEnded: true;
}

/**
 * /login with this page to come back to, and "Your session expired" when the browser still held a
 * session cookie (the session ran out, or was ended elsewhere) rather than never having signed in.
 */
async function loginForThisPage(): Promise<string> {
  const h = await headers();
  return loginHref({
    next: `${h.get(PATH_HEADER) ?? "/"}${h.get(SEARCH_HEADER) ?? ""}`,
    reason: (await hadSessionCookie()) ? "expired" : null,
  });
}

/** The request carries a session cookie (its session, checked already, is gone: expired, idle or revoked). */
async function hadSessionCookie(): Promise<boolean> {
  const { auth } = await getApp();
  const cookieName = (await auth.$context).authCookies.sessionToken.name;
  return (await cookies()).has(cookieName);
}

/** A page (HTML or RSC) request rather than an action POST or a route handler under /api. */
async function isPageRender(): Promise<boolean> {
  const h = await headers();
  const path = h.get(PATH_HEADER);
  return !h.get("next-action") && path !== null && !path.startsWith("/api/");
}

/** The signed-in user for display (header, nav), or null. Not a guard: it refuses nothing and audits nothing. */
export async function currentActor(): Promise<Actor | null> {
  const { result } = await sessionOfRequest();
  return result.ok ? toActor(result.actor) : null;
}

/**
 * The guard of the few actions and routes anyone may call (sign in, sign out, first-run setup, health). It exists so the
 * "every action starts with a guard" rule has no silent exceptions: each public action names itself.
 */
export type PublicAction =
  | "auth.sign_in"
  | "auth.sign_out"
  | "auth.first_admin"
  | "health"
  // Tencent's callbacks: no session, guarded by their own checks (lib/server/callbacks/receive.ts).
  | "trtc.callback";

export async function allowAnonymous(action: PublicAction): Promise<void> {
  void action;
}
