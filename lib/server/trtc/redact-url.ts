import "server-only";

/**
 * The admin UserSig travels in the query string (trtc-api.md §1.1), so any URL, or text that may embed one
 * (fetch errors do), is passed through here before it reaches a message, a log line or the audit table.
 */

export const REDACTED = "REDACTED";

// Matches the parameter in plain and percent-encoded form (a URL nested inside another URL's query), in any
// letter case, and over-redacts to the next delimiter rather than risk leaving a tail of the sig behind.
// Stopping at a backslash or quote keeps JSON text that embeds a URL valid JSON after redaction.
const USERSIG_PARAM = /(^|[^A-Za-z0-9_]|%3F|%26)(usersig(?:=|%3D))[^&#\s"'<>\\]*/gi;

/** Replaces every `usersig` value in a URL or free text. Works on strings that are not valid URLs too. */
export function redactUrl(url: string | URL): string {
  return String(url).replace(USERSIG_PARAM, `$1$2${REDACTED}`);
}
