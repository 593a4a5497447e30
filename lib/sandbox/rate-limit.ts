/**
 * Sliding one-second window per SDKAppID (Tencent: 200 calls/s per API). Every call counts, refused
 * ones included, so a client that keeps hammering stays limited instead of flapping.
 */
export function createRateLimiter(limitPerSecond: number, now: () => number) {
  const hits = new Map<number, number[]>();
  return {
    /** Records a call; true when it is over the limit. */
    hit(sdkAppId: number): boolean {
      const t = now();
      const recent = hits.get(sdkAppId) ?? [];
      while (recent.length > 0 && (recent[0] ?? t) <= t - 1000) recent.shift();
      recent.push(t);
      // Only "more than the limit" matters, so the newest limit+1 stamps are all that is worth keeping.
      if (recent.length > limitPerSecond + 1) recent.shift();
      hits.set(sdkAppId, recent);
      return recent.length > limitPerSecond;
    },
    reset(): void {
      hits.clear();
    },
  };
}

export type RateLimiter = ReturnType<typeof createRateLimiter>;
