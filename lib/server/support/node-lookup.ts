import "server-only";
import type { IncomingMessage, ServerResponse } from "node:http";
// The parser behind Next's cookies(): a repeated name keeps its last value, an undecodable pair is dropped.
import { RequestCookies } from "next/dist/compiled/@edge-runtime/cookies";
import { compressResponse } from "@/lib/http/compress.mjs";
import { freshNonce, pageSecurityHeaders } from "@/lib/http/security-headers.mjs";
import { translator } from "@/lib/i18n/catalogs";
import { LOCALE_COOKIE, resolveLocale } from "@/lib/i18n/locales";
import type { AppDeps } from "../app";
import { nodeAddressHeaders, resolveClientIp } from "../auth/client-ip";
import { checkRole } from "../auth/role-check";
import { checkSession } from "../auth/session";
import type { AppConfig } from "../config";
import { nodeHeader, servedOverHttps } from "../http/internal-headers";
import { searchAnswer } from "./search-answer";

/*
 * Why the support lookup is answered before Next: a lookup's own work is about 1 ms (Server-Timing), and
 * Next's per-request work around it (router, proxy.ts, the route module) was 3–4 ms more, most of the
 * p95 a support engineer waits for (docs/security.md, requirement 24: the lookup endpoint's budget).
 * Tencent's callbacks are answered this way for the same reason (lib/server/callbacks/node-receiver.ts,
 * README "Answered before Next"). What it answers is the route handler's, built by the same code: the
 * guard's decision (role-check.ts), the lookup and its audit row (search-answer.ts); what Next and
 * proxy.ts add around it is added here, the same way.
 */

export const SUPPORT_SEARCH_PATH = "/api/support/search";

/** What a lookup reads from the configuration, fixed at start (docs/adr/0004). */
export interface NodeLookupSettings {
  auth: Pick<AppConfig["auth"], "idleMinutes" | "maxHours" | "trustedIpHeader" | "secureCookies">;
  /** `next dev`'s CSP allows eval (proxy.ts); a production server never does. */
  dev: boolean;
}

/** The Vary Next's app router puts on every answer, route handlers' included. */
const NEXT_VARY = "rsc, next-router-state-tree, next-router-prefetch, next-router-segment-prefetch";

/**
 * `GET /api/support/search` on the bare Node request, published for server.mjs (lib/http/node-routes.mjs).
 * A failure (the database down, the app not started) is a 500 with nothing served: the page is only
 * handed back once its `support.lookup` row is written.
 */
export function nodeSupportLookup(
  settings: NodeLookupSettings,
  app: () => Promise<Pick<AppDeps, "db" | "auth">>,
) {
  return async function lookUpFromNode(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const started = performance.now();
    let answer: Response;
    try {
      answer = await lookupAnswer(req, settings, app, started);
    } catch (e) {
      console.error("roomdesk: a support lookup failed", e);
      answer = new Response(null, { status: 500 });
    }
    await send(req, res, answer, settings.auth.secureCookies || servedOverHttps(req), settings.dev);
  };
}

async function lookupAnswer(
  req: IncomingMessage,
  settings: NodeLookupSettings,
  app: () => Promise<Pick<AppDeps, "db" | "auth">>,
  started: number,
): Promise<Response> {
  const { db, auth } = await app();
  const cookies = new RequestCookies(new Headers(req.headers.cookie ? { cookie: req.headers.cookie } : {}));
  // What the guard hands the session check (guard.ts, authHeaders): the cookies as cookies() holds them.
  const sessionCookie = cookies.toString();
  const session = await checkSession(
    auth,
    db,
    new Headers(sessionCookie ? { cookie: sessionCookie } : {}),
    settings.auth,
  );
  const checked = await checkRole(db, "support", session, () => ({
    path: SUPPORT_SEARCH_PATH,
    action: nodeHeader(req, "next-action"),
    ip: resolveClientIp(nodeAddressHeaders(req, settings.auth.trustedIpHeader), null),
    requestId: crypto.randomUUID(),
  }));
  // Next's answer to unauthorized() and forbidden() in a route handler: the status, no body.
  if (!checked.ok) return new Response(null, { status: checked.status });
  const authorized = performance.now();
  const params = new URL(req.url ?? "/", "http://roomdesk.invalid").searchParams;
  const locale = () => resolveLocale(cookies.get(LOCALE_COOKIE)?.value, nodeHeader(req, "accept-language"));
  return searchAnswer({ db, translator: () => translator(locale()) }, checked.actor, params, {
    started,
    authorized,
  });
}

/**
 * Writes `answer` as Next would have: its status, headers and body, proxy.ts's security headers, Next's
 * Vary, and the compression server.mjs puts in front of Next (which leaves `no-transform` answers alone).
 */
async function send(
  req: IncomingMessage,
  res: ServerResponse,
  answer: Response,
  https: boolean,
  dev: boolean,
): Promise<void> {
  const body = Buffer.from(await answer.arrayBuffer());
  compressResponse(req, res);
  res.statusCode = answer.status;
  answer.headers.forEach((value, name) => res.setHeader(name, value));
  for (const [name, value] of Object.entries(pageSecurityHeaders({ nonce: freshNonce(), https, dev })))
    res.setHeader(name, value);
  res.setHeader("Vary", NEXT_VARY);
  res.end(body);
}
