import "server-only";

/**
 * The one redactor every sink goes through: audit bodies, error messages and log lines.
 * Fetch errors embed the request URL, and create_room carries the admin UserSig in its query string,
 * so strings are scrubbed as well as keys.
 */
export const REDACTED = "[redacted]";

const SENSITIVE_KEY = /secret|sig|token|password|passwd|authorization|cookie|credential|api[-_]?key/i;
const SENSITIVE_QUERY =
  /([?&](?:usersig|[a-z_]*sig|[a-z_]*secret[a-z_]*|[a-z_]*token[a-z_]*|password)=)[^&#\s"']*/gi;
/** A UserSig: base64 of a zlib stream (`eJ…`) with Tencent's URL-safe alphabet. */
const USERSIG_SHAPE = /eJ[A-Za-z0-9*\-_]{40,}/g;

export interface RedactOptions {
  /** Exact values that must never appear (the configured secret key, the current UserSig). */
  secrets?: readonly string[];
}

export function redactString(value: string, opts: RedactOptions = {}): string {
  let out = value.replace(SENSITIVE_QUERY, `$1${REDACTED}`).replace(USERSIG_SHAPE, REDACTED);
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
    out[safeKey] = SENSITIVE_KEY.test(key) ? REDACTED : redactValue(v, opts, seen);
  }
  return out;
}

/** Redacted JSON for a body column; non-JSON text (an HTML 502 page) is kept as redacted, capped text. */
export function redactedBody(body: unknown, opts: RedactOptions = {}, maxChars = 64_000): string | null {
  if (body === undefined || body === null) return null;
  const text = typeof body === "string" ? redactString(body, opts) : JSON.stringify(redact(body, opts));
  return text.length > maxChars ? `${text.slice(0, maxChars)}…[truncated]` : text;
}
