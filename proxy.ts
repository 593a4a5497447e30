import { NextResponse, type NextRequest } from "next/server";
import { CLIENT_IP_HEADER } from "@/lib/server/auth/client-ip";
import { PATH_HEADER, REQUEST_ID_HEADER, SEARCH_HEADER } from "@/lib/server/auth/path-header";
import { getConfig, isDevServer } from "@/lib/server/config";
import { malformedActionBody } from "@/lib/server/http/action-body";
import { crossOrigin, isPossibleAction, malformedPath } from "@/lib/server/http/request-checks";

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
  const nonce = Buffer.from(crypto.randomUUID()).toString("base64");
  const https = auth.secureCookies || request.nextUrl.protocol === "https:";
  const csp = [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${isDevServer() ? " 'unsafe-eval'" : ""}`,
    // React and Next set style attributes at run time; a nonce cannot cover attributes.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' blob: data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    ...(https ? ["upgrade-insecure-requests"] : []),
  ].join("; ");

  const refusal =
    malformedPath(request.nextUrl.pathname) ??
    crossOrigin(request) ??
    (isPossibleAction(request) ? await malformedActionBody(request) : null);
  if (refusal) {
    const response = new NextResponse(`${refusal.message}\n`, {
      status: refusal.status,
      headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" },
    });
    return withSecurityHeaders(response, csp, https);
  }

  const forwarded = new Headers(request.headers);
  forwarded.set("x-nonce", nonce);
  forwarded.set("content-security-policy", csp);
  // Internal headers are ours to set: a client-supplied value never reaches the app.
  forwarded.delete(CLIENT_IP_HEADER);
  forwarded.set(PATH_HEADER, request.nextUrl.pathname);
  forwarded.set(SEARCH_HEADER, pageSearch(request.nextUrl.searchParams));
  forwarded.set(REQUEST_ID_HEADER, crypto.randomUUID());
  // Without a trusted proxy, drop the client's X-Forwarded-For: Next then fills it from the socket.
  if (auth.trustedIpHeader !== "x-forwarded-for") forwarded.delete("x-forwarded-for");

  return withSecurityHeaders(NextResponse.next({ request: { headers: forwarded } }), csp, https);
}

/** The query a person typed or followed, without the one Next adds to its own navigation fetches. */
function pageSearch(params: URLSearchParams): string {
  const kept = new URLSearchParams(params);
  kept.delete("_rsc");
  const query = kept.toString();
  return query ? `?${query}` : "";
}

function withSecurityHeaders(response: NextResponse, csp: string, https: boolean): NextResponse {
  response.headers.set("Content-Security-Policy", csp);
  response.headers.set("X-Content-Type-Options", "nosniff");
  response.headers.set("Referrer-Policy", "strict-origin-when-cross-origin");
  response.headers.set("X-Frame-Options", "DENY");
  // Nothing an admin console answers belongs in a search engine, whatever robots.txt a crawler read.
  response.headers.set("X-Robots-Tag", "noindex, nofollow");
  if (https) response.headers.set("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
  return response;
}
