import "server-only";
/**
 * Requests proxy.ts (and for server actions, action-gate.ts) answers itself, because Next would answer them with a 500 before any page,
 * action or guard runs (README, "Malformed requests"). Each message names the part and the limit.
 * Action bodies are checked in action-body.ts.
 */
export interface Refusal {
  status: 400 | 403 | 413;
  message: string;
}

/** A path segment that is not valid percent-encoding (`%ZZ`, a cut-off UTF-8 sequence). */
export function malformedPath(pathname: string): Refusal | null {
  for (const segment of pathname.split("/")) {
    if (!segment.includes("%")) continue;
    try {
      decodeURIComponent(segment);
    } catch {
      return {
        status: 400,
        message: `The address is not valid: "${segment.slice(0, 40)}" is not percent-encoded text.`,
      };
    }
  }
  return null;
}

const UNSAFE_METHODS = new Set(["POST", "PUT", "PATCH", "DELETE"]);

/**
 * Route handlers that take uploads as multipart form data. Next serves these paths with the route's own
 * handler, which never decodes a server action, so the 100 KB action limit is not theirs: each route
 * states and enforces its own (the dry run: the sheet's 2 MB).
 */
export const UPLOAD_ROUTES: ReadonlySet<string> = new Set(["/api/bulk/dry-run"]);

/** What Next treats as a possible server action: it then parses the body before any of our code. */
export function isPossibleAction(request: Request): boolean {
  if (request.method !== "POST") return false;
  if (UPLOAD_ROUTES.has(new URL(request.url).pathname) && !request.headers.has("next-action")) return false;
  const type = request.headers.get("content-type") ?? "";
  return (
    request.headers.has("next-action") ||
    type.startsWith("multipart/form-data") ||
    type.startsWith("application/x-www-form-urlencoded")
  );
}

/**
 * Next's own CSRF check on actions, made earlier and answered with 403 instead of 500: the Origin's
 * host must be the first X-Forwarded-Host (Next fills it from Host) or Host. Without an Origin the
 * request passes, as in Next: only a browser carries the user's cookies, and browsers send one.
 */
export function crossOrigin(request: Pick<Request, "method" | "headers">): Refusal | null {
  if (!UNSAFE_METHODS.has(request.method)) return null;
  const origin = request.headers.get("origin");
  if (origin === null) return null;
  const forwarded = request.headers.get("x-forwarded-host")?.split(",")[0]?.trim();
  const host = forwarded || request.headers.get("host");
  let originHost: string | null = null;
  try {
    originHost = origin === "null" ? null : new URL(origin).host;
  } catch {
    // not a URL: refused below like any other foreign origin
  }
  if (originHost !== null && originHost === host) return null;
  return {
    status: 403,
    message: `Cross-origin request refused: Origin ${origin.slice(0, 100)} is not this site (${(host ?? "no host").slice(0, 100)}).`,
  };
}
