// @ts-check

/**
 * The security headers proxy.ts puts on every answer Next makes (docs/security.md, requirement 23), for an
 * answer made before Next that must read the same as the route handler's (lib/server/support/node-lookup.ts).
 * proxy.ts still builds its own; security-headers.test.ts holds the two equal, case by case.
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
    "X-Robots-Tag": "noindex, nofollow",
    ...(options.https ? { "Strict-Transport-Security": "max-age=31536000; includeSubDomains" } : {}),
  };
}
