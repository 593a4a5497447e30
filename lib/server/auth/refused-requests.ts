import "server-only";

/** Long enough for an action and its page render; a request that runs longer is refused again, not lost. */
const REMEMBER_MS = 5 * 60_000;
const MAX_REMEMBERED = 10_000;
const refused = new Map<string, number>();

/**
 * True the first time a request (by proxy.ts's request id) is refused in this process; false when the
 * same request is refused again. Both refusals of one request happen in the process that received it.
 * Without an id (the proxy did not run) every refusal counts as the first.
 */
export function firstRefusalOf(requestId: string | null, nowMs = Date.now()): boolean {
  if (!requestId) return true;
  if ((refused.get(requestId) ?? -Infinity) > nowMs) return false;
  refused.delete(requestId);
  refused.set(requestId, nowMs + REMEMBER_MS);
  // Insertion order is expiry order, so the oldest entries come first.
  for (const [id, expires] of refused) {
    if (expires > nowMs && refused.size <= MAX_REMEMBERED) break;
    refused.delete(id);
  }
  return true;
}
