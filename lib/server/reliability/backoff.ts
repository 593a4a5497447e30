import "server-only";
/**
 * Full-jitter exponential backoff (AWS architecture blog, "Exponential Backoff And Jitter"): the n-th retry
 * (n = 1, 2, …) waits a uniformly random time in [0, min(cap, base · 2^(n-1))].
 */
export interface BackoffPolicy {
  baseMs: number;
  capMs: number;
}

export const DEFAULT_BACKOFF: BackoffPolicy = { baseMs: 200, capMs: 5000 };

export function backoffCeiling(retry: number, policy: BackoffPolicy = DEFAULT_BACKOFF): number {
  return Math.min(policy.capMs, policy.baseMs * 2 ** Math.max(0, retry - 1));
}

export function backoffDelay(
  retry: number,
  policy: BackoffPolicy = DEFAULT_BACKOFF,
  random = Math.random,
): number {
  return Math.floor(random() * backoffCeiling(retry, policy));
}
