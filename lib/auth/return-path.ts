/**
 * Where sign-in sends someone back to: the page that sent them to /login (`?next=`). Only a path on
 * Roomdesk itself is ever followed; anything else would make /login an open redirect (docs/security.md).
 */
const MAX_LENGTH = 2048;
const BASE = "http://roomdesk.invalid";

/** Pages a return path must never lead to: back to sign-in, or to first-run setup. */
const NO_RETURN = ["/login", "/setup"];

/**
 * A same-origin relative path (`/meetings/abc?tab=people`) or null. Refused: absolute and
 * protocol-relative URLs (`https://…`, `//evil`, `/\evil`), backslashes and control characters (which
 * browsers fold into slashes or drop), API routes and the sign-in pages themselves.
 */
export function safeReturnPath(raw: unknown): string | null {
  if (typeof raw !== "string" || raw.length === 0 || raw.length > MAX_LENGTH) return null;
  if (!raw.startsWith("/") || raw.startsWith("//")) return null;
  if (/[\\\u0000-\u001f\u007f]/.test(raw)) return null;
  let url: URL;
  try {
    url = new URL(raw, BASE);
  } catch {
    return null;
  }
  if (url.origin !== BASE) return null;
  const path = url.pathname;
  // Dot segments can fold into a leading "//" ("/..//evil.example"): check what would be sent, too.
  if (path.startsWith("//")) return null;
  if (path.startsWith("/api/") || NO_RETURN.some((p) => path === p || path.startsWith(`${p}/`))) return null;
  return `${path}${url.search}${url.hash}`;
}

/** Why /login was opened: the session ran out (or was ended elsewhere), or the person signed out. */
export type LoginReason = "expired" | "signed-out";

export const loginReason = (raw: unknown): LoginReason | null =>
  raw === "expired" || raw === "signed-out" ? raw : null;

/** The sign-in page's address for a reason and a page to come back to. */
export function loginHref(opts: { next?: string | null; reason?: LoginReason | null }): string {
  const params = new URLSearchParams();
  const next = safeReturnPath(opts.next);
  if (next && next !== "/") params.set("next", next);
  if (opts.reason) params.set("reason", opts.reason);
  const query = params.toString();
  return query ? `/login?${query}` : "/login";
}
