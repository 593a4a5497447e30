import { Redis } from "ioredis";
import { afterAll, describe, expect, it } from "vitest";
import { gcraDecide, InProcessRateLimiter } from "./rate-limiter";
import { RedisRateLimiter } from "./redis-rate-limiter";

/** Largest number of grants falling in any one-second window. */
function maxPerSecond(times: number[]): number {
  const sorted = [...times].sort((a, b) => a - b);
  let best = 0;
  for (let i = 0, j = 0; i < sorted.length; i++) {
    while (sorted[i]! - sorted[j]! >= 1000) j++;
    best = Math.max(best, i - j + 1);
  }
  return best;
}

describe("GCRA token bucket", () => {
  it("never admits more than rate + burst in any one-second window, however hard it is pushed", () => {
    const limit = { perSecond: 190, burst: 10 };
    let tat = 0;
    const grants: number[] = [];
    // 400 requests a second for 5 s, each allowed to wait up to 2 s for its slot.
    for (let i = 0; i < 2000; i++) {
      const now = i * 2.5;
      const d = gcraDecide(tat, now, limit, 2000);
      if (d.allowed) {
        tat = d.nextTat;
        grants.push(now + d.waitMs);
      }
    }
    expect(maxPerSecond(grants)).toBeLessThanOrEqual(200);
    expect(grants.length).toBeGreaterThan(190 * 5);
  });

  it("refuses at once when the wait would exceed the bound", async () => {
    let now = 0;
    const limiter = new InProcessRateLimiter({ perSecond: 1, burst: 1 }, () => now);
    expect(await limiter.acquire(0)).toBe(true);
    expect(await limiter.acquire(10)).toBe(false);
    now = 1000;
    expect(await limiter.acquire(0)).toBe(true);
  });
});

describe("Redis-shared token bucket", () => {
  const clients: Redis[] = [];
  afterAll(async () => {
    await Promise.all(clients.map((c) => c.quit()));
  });

  it("holds one budget across two limiter instances (as two app instances would)", async () => {
    const key = `roomdesk:test:rate:${process.pid}:${Date.now()}`;
    const a = new Redis("redis://127.0.0.1:6379");
    const b = new Redis("redis://127.0.0.1:6379");
    clients.push(a, b);
    const limit = { perSecond: 50, burst: 5 };
    const limiters = [new RedisRateLimiter(a, limit, key), new RedisRateLimiter(b, limit, key)];
    const grants: number[] = [];
    const started = Date.now();
    await Promise.all(
      Array.from({ length: 150 }, async (_, i) => {
        if (await limiters[i % 2]!.acquire(1500)) grants.push(Date.now() - started);
      }),
    );
    expect(grants.length).toBeGreaterThanOrEqual(60);
    expect(grants.length).toBeLessThan(150);
    expect(maxPerSecond(grants)).toBeLessThanOrEqual(limit.perSecond + limit.burst + 2);
  });
});
