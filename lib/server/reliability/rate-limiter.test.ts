import { randomUUID } from "node:crypto";
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

  it("makes a granted call wait exactly until its slot", async () => {
    const waits: number[] = [];
    const limiter = new InProcessRateLimiter(
      { perSecond: 10, burst: 2 },
      () => 0,
      async (ms) => void waits.push(ms),
    );
    const granted = [];
    for (let i = 0; i < 5; i++) granted.push(await limiter.acquire(200));
    expect(granted).toEqual([true, true, true, true, false]);
    expect(waits).toEqual([100, 200]);
  });
});

describe("Redis-shared token bucket", () => {
  const clients: Redis[] = [];
  const keys: string[] = [];
  const connect = () => {
    const client = new Redis("redis://127.0.0.1:6379");
    clients.push(client);
    return client;
  };
  const newKey = () => {
    const key = `roomdesk:test:rate:${randomUUID()}`;
    keys.push(key);
    return key;
  };
  afterAll(async () => {
    if (keys.length > 0) await clients[0]?.del(...keys);
    await Promise.all(clients.map((c) => c.quit()));
  });

  it("holds one budget across two limiter instances, each decision exactly the GCRA's", async () => {
    const key = newKey();
    // One call per 20 s, burst 5: the key's own expiry (PX) is far longer than the test runs.
    const limit = { perSecond: 0.05, burst: 5 };
    const now = 1_700_000_000_000;
    const maxWaitMs = 1_500_000;
    const waits: number[] = [];
    const clock = { now: () => now, sleep: async (ms: number) => void waits.push(ms) };
    const [a, b] = [connect(), connect()];
    const limiters = [new RedisRateLimiter(a, limit, key, clock), new RedisRateLimiter(b, limit, key, clock)];
    const granted = await Promise.all(
      Array.from({ length: 150 }, (_, i) => limiters[i % 2]!.acquire(maxWaitMs)),
    );

    let tat = 0;
    const expectedWaits: number[] = [];
    for (let i = 0; i < 150; i++) {
      const d = gcraDecide(tat, now, limit, maxWaitMs);
      if (!d.allowed) continue;
      tat = d.nextTat;
      if (d.waitMs > 0) expectedWaits.push(d.waitMs);
    }
    // 5 at once, then one per 20 s up to the 1 500 s bound: 80 in all, whichever instance asked.
    expect(granted.filter(Boolean)).toHaveLength(80);
    expect(expectedWaits).toHaveLength(75);
    expect(waits.sort((x, y) => x - y)).toEqual(expectedWaits);
  });

  it("on Redis's own clock, admits the burst and refuses the next call that would have to wait", async () => {
    const limiter = new RedisRateLimiter(connect(), { perSecond: 0.001, burst: 3 }, newKey());
    const granted = [];
    for (let i = 0; i < 4; i++) granted.push(await limiter.acquire(0));
    // The fourth would need a slot 1000 s after the first: refused at once, however slow the machine.
    expect(granted).toEqual([true, true, true, false]);
  });
});
