import "server-only";

/**
 * The one redactor every sink goes through: request URLs, audit bodies, error messages and log lines.
 * The admin UserSig travels in the query string (docs/trtc-api.md §1.1) and fetch errors embed the URL, so
 * strings are scrubbed as well as keys: URL parameters named in the list below, UserSig-shaped text, and
 * the exact secrets a caller names. Never a substring rule on names.
 */
export const REDACTED = "[redacted]";

/**
 * Key names whose values are credentials, matched whole and in any letter case. A list rather than a
 * substring rule: `signedInAt`, `designation` or `signature_count` are ordinary data and stay readable.
 */
const SENSITIVE_KEYS: ReadonlySet<string> = new Set([
  "usersig",
  "user_sig",
  "sig",
  "tls.sig",
  "secret",
  "secretkey",
  "secret_key",
  "client_secret",
  "private_key",
  "privatekey",
  "password",
  "passwd",
  "password_hash",
  "passwordhash",
  "new_password",
  "newpassword",
  "current_password",
  "currentpassword",
  "token",
  "access_token",
  "accesstoken",
  "refresh_token",
  "refreshtoken",
  "id_token",
  "session_token",
  "sessiontoken",
  "authorization",
  "proxy-authorization",
  "cookie",
  "set-cookie",
  "api_key",
  "apikey",
  "api-key",
  "x-api-key",
  "credential",
  "credentials",
]);
export const isSensitiveKey = (key: string) => SENSITIVE_KEYS.has(key.toLowerCase());
const escape = (name: string) => name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
/**
 * A listed name as a query parameter, plain or percent-encoded (a URL nested in another's query), in any
 * letter case, and only as a whole name: `xusersig=` or `signedInAt=` are left alone. The value is
 * over-redacted to the next delimiter rather than risk a tail of the sig; stopping at a backslash or a quote
 * keeps JSON text that embeds a URL valid JSON.
 */
const SENSITIVE_PARAM = new RegExp(
  `(^|[^A-Za-z0-9_.-]|%3F|%26)((?:${[...SENSITIVE_KEYS].map(escape).join("|")})(?:=|%3D))[^&#\\s"'<>\\\\]*`,
  "gi",
);
/** A UserSig: base64 of a zlib stream (`eJ…`) with Tencent's URL-safe alphabet. */
const USERSIG_SHAPE = /eJ[A-Za-z0-9*\-_]{40,}/g;

export interface RedactOptions {
  /** Exact values that must never appear (the configured secret key, the current UserSig). */
  secrets?: readonly string[];
}

/** Free text or a URL (string or URL object) with every credential above replaced by REDACTED. */
export function redactString(value: string | URL, opts: RedactOptions = {}): string {
  let out = String(value).replace(SENSITIVE_PARAM, `$1$2${REDACTED}`).replace(USERSIG_SHAPE, REDACTED);
  for (const secret of opts.secrets ?? []) {
    if (secret.length >= 6) out = out.split(secret).join(REDACTED);
  }
  return out;
}

export function redact<T>(value: T, opts: RedactOptions = {}): T {
  return redactValue(value, opts, new WeakSet()) as T;
}

function redactValue(value: unknown, opts: RedactOptions, seen: WeakSet<object>): unknown {
  if (typeof value === "string") return redactString(value, opts);
  if (value === null || typeof value !== "object") return value;
  if (seen.has(value)) return "[circular]";
  seen.add(value);
  if (Array.isArray(value)) return value.map((v) => redactValue(v, opts, seen));
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value)) {
    // Keys are data too: a secret pasted as a key name must not survive.
    const safeKey = redactString(key, opts);
    out[safeKey] = isSensitiveKey(key) ? REDACTED : redactValue(v, opts, seen);
  }
  return out;
}

/** Redacted JSON for a body column; non-JSON text (an HTML 502 page) is kept as redacted, capped text. */
export function redactedBody(body: unknown, opts: RedactOptions = {}, maxChars = 64_000): string | null {
  if (body === undefined || body === null) return null;
  const text = typeof body === "string" ? redactString(body, opts) : JSON.stringify(redact(body, opts));
  return text.length > maxChars ? `${text.slice(0, maxChars)}…[truncated]` : text;
}
