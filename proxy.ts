import { NextResponse, type NextRequest } from "next/server";
import { getConfig, isDevServer } from "@/lib/server/config";
import { malformedActionBody } from "@/lib/server/http/action-body";
import { setInternalHeaders } from "@/lib/server/http/internal-headers";
import { crossOrigin, isPossibleAction, malformedPath } from "@/lib/server/http/request-checks";
import { freshNonce, pageSecurityHeaders } from "@/lib/http/security-headers.mjs";

/**
 * Security headers on every response, with a fresh CSP nonce per request (Next reads it from the
 * request's Content-Security-Policy header and puts it on its own scripts). Also answers the
 * malformed requests Next would turn into a 500 before any page or action runs: an undecodable path
 * (400), a cross-origin POST (403), an action body over the limit (413), absurdly nested or not
 * JSON / multipart at all (400).
 * This is not an authorization layer: every page, action and route handler checks the session itself.
 */
export async function proxy(request: NextRequest) {
  const { auth } = getConfig();
  const nonce = freshNonce();
  const https = auth.secureCookies || request.nextUrl.protocol === "https:";
  const security = pageSecurityHeaders({ nonce, https, dev: isDevServer() });
  const csp = security["Content-Security-Policy"]!;

  const refusal =
    malformedPath(request.nextUrl.pathname) ??
    crossOrigin(request) ??
    (isPossibleAction(request) ? await malformedActionBody(request) : null);
  if (refusal) {
    const response = new NextResponse(`${refusal.message}\n`, {
      status: refusal.status,
      headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" },
    });
    return withSecurityHeaders(response, security);
  }

  const forwarded = new Headers(request.headers);
  forwarded.set("x-nonce", nonce);
  forwarded.set("content-security-policy", csp);
  setInternalHeaders(forwarded, request.nextUrl, auth.trustedIpHeader);

  return withSecurityHeaders(NextResponse.next({ request: { headers: forwarded } }), security);
}

function withSecurityHeaders(response: NextResponse, security: Record<string, string>): NextResponse {
  for (const [name, value] of Object.entries(security)) response.headers.set(name, value);
  return response;
}

/**
 * Server actions (a POST with a Next-Action header) are not seen here: server.mjs's gate gives them the
 * same checks and headers on the bare Node request (lib/server/http/action-gate.ts), without the cost of
 * running a proxy, about a millisecond per action (`npm run bench:create`); server.mjs drops the header
 * from every other request, which then comes here as usual. Under `next dev`, which has no server.mjs, any
 * request carrying the header goes to Next without this (README, "Malformed requests").
 */
export const config = {
  matcher: [{ source: "/:path*", missing: [{ type: "header", key: "next-action" }] }],
};
