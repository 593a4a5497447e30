// @ts-check

/**
 * The security headers of every answer (docs/security.md, requirement 23): proxy.ts's for what Next makes,
 * the server actions' gate's (lib/server/http/action-gate.ts), and those of an answer made before Next that
 * must read the same as the route handler's (lib/server/support/node-lookup.ts).
 * security-headers.test.ts holds proxy.ts's answers to them, case by case.
 *
 * @typedef {{ nonce: string, https: boolean, dev: boolean }} PageHeaderOptions
 */

/**
 * @param {PageHeaderOptions} options
 * @returns {string}
 */
export function contentSecurityPolicy({ nonce, https, dev }) {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
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
}

/** A fresh nonce, as proxy.ts makes one per request. */
export const freshNonce = () => Buffer.from(crypto.randomUUID()).toString("base64");

/**
 * @param {PageHeaderOptions} options
 * @returns {Record<string, string>}
 */
export function pageSecurityHeaders(options) {
  return {
    "Content-Security-Policy": contentSecurityPolicy(options),
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "strict-origin-when-cross-origin",
    "X-Frame-Options": "DENY",
    // Nothing an admin console answers belongs in a search engine, whatever robots.txt a crawler read.
    "X-Robots-Tag": "noindex, nofollow",
    ...(options.https ? { "Strict-Transport-Security": "max-age=31536000; includeSubDomains" } : {}),
  };
}
