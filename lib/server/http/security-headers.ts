import "server-only";

/** A fresh CSP nonce: Next reads it from the request's Content-Security-Policy and puts it on its scripts. */
export const newNonce = () => Buffer.from(crypto.randomUUID()).toString("base64");

/** The one Content-Security-Policy of Roomdesk's answers, around this request's nonce. */
export function contentSecurityPolicy(nonce: string, opts: { https: boolean; devServer: boolean }): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${opts.devServer ? " 'unsafe-eval'" : ""}`,
    // React and Next set style attributes at run time; a nonce cannot cover attributes.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' blob: data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    ...(opts.https ? ["upgrade-insecure-requests"] : []),
  ].join("; ");
}

/** The headers every answer carries, pages and server actions alike (proxy.ts, action-gate.ts). */
export function securityHeaders(csp: string, https: boolean): Record<string, string> {
  return {
    "Content-Security-Policy": csp,
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "strict-origin-when-cross-origin",
    "X-Frame-Options": "DENY",
    // Nothing an admin console answers belongs in a search engine, whatever robots.txt a crawler read.
    "X-Robots-Tag": "noindex, nofollow",
    ...(https ? { "Strict-Transport-Security": "max-age=31536000; includeSubDomains" } : {}),
  };
}
