import { randomUUID } from "node:crypto";
import { Redis } from "ioredis";
import { afterAll, describe, expect, it } from "vitest";
import { JobAdmission } from "./job-admission";
import { InProcessRateLimiter } from "./rate-limiter";
import { RedisRateLimiter } from "./redis-rate-limiter";

const SHARED = { perSecond: 190, burst: 10 };
// The jobs' bucket as lib/server/app.ts builds it at the defaults: 3 % of the limit kept for people.
const JOBS = { perSecond: SHARED.perSecond * 0.97, burst: 1 };

/** One fake clock for every limiter: a sleep moves it, so each decision is exact and the run instant. */
function world() {
  let now = 0;
  const slept: number[] = [];
  const clock = {
    now: () => now,
    sleep: async (ms: number) => {
      slept.push(ms);
      now += ms;
    },
  };
  const shared = new InProcessRateLimiter(SHARED, clock.now, clock.sleep);
  /** A person's click through the shared limiter, as the schedule form's call takes it: how long it waited. */
  const clickWait = async () => {
    const before = slept.length;
    expect(await shared.acquire(2000)).toBe(true);
    return slept.slice(before).reduce((a, b) => a + b, 0);
  };
  return { clock, shared, clickWait };
}

describe("job admission", () => {
  it("never makes a click wait, however busy the job keeps the limit", async () => {
    const w = world();
    const idle = await w.clickWait();
    const jobs = new InProcessRateLimiter(JOBS, w.clock.now, w.clock.sleep);
    const admission = new JobAdmission(jobs, w.shared, 5, w.clock);
    const waits: number[] = [];
    let admitted = 0;
    for (let call = 1; call <= 2000; call++) {
      if (await admission.acquire(30_000)) admitted++;
      if (call % 97 === 0) waits.push(await w.clickWait());
    }
    expect(idle).toBe(0);
    expect(Math.max(...waits)).toBe(idle);
    // And the job kept to its share of the limit: 2,000 calls at 184.3/s take about 10.9 s of the clock.
    expect(admitted).toBe(2000);
    expect(w.clock.now()).toBeGreaterThan(10_500);
    expect(w.clock.now()).toBeLessThan(11_000);
  });

  it("gives way while people use the whole shared burst, then goes on", async () => {
    const w = world();
    const jobs = new InProcessRateLimiter(JOBS, w.clock.now, w.clock.sleep);
    const admission = new JobAdmission(jobs, w.shared, 5, w.clock);
    for (let i = 0; i < SHARED.burst; i++) await w.shared.acquire(0);
    expect(await w.shared.acquire(0)).toBe(false);
    const start = w.clock.now();
    expect(await admission.acquire(30_000)).toBe(true);
    expect(w.clock.now()).toBeGreaterThan(start);
  });

  it("says no once its wait would pass the caller's limit", async () => {
    const w = world();
    const jobs = new InProcessRateLimiter(JOBS, w.clock.now, w.clock.sleep);
    const admission = new JobAdmission(jobs, w.shared, 5, w.clock);
    for (let i = 0; i < SHARED.burst; i++) await w.shared.acquire(0);
    expect(await admission.acquire(2)).toBe(false);
  });

  it("(the contrast) a job queueing in the shared bucket makes clicks wait behind it", async () => {
    const w = world();
    const waits: number[] = [];
    for (let call = 1; call <= 2000; call++) {
      await w.shared.acquire(30_000);
      if (call % 97 === 0) waits.push(await w.clickWait());
    }
    expect(Math.max(...waits)).toBeGreaterThan(0);
  });
});

describe("job admission across instances (Redis)", () => {
  const redis = new Redis("redis://127.0.0.1:6379");
  const keys = {
    shared: `roomdesk:test:rate:${randomUUID()}`,
    jobs: `roomdesk:test:rate:jobs:${randomUUID()}`,
  };
  afterAll(async () => {
    await redis.del(keys.shared, keys.jobs);
    await redis.quit();
  });

  it("two instances' jobs together keep to the jobs' share, and a click on either never waits", async () => {
    let now = 1_700_000_000_000;
    const slept: number[] = [];
    const clock = {
      now: () => now,
      sleep: async (ms: number) => {
        slept.push(ms);
        now += ms;
      },
    };
    const instance = () => {
      const shared = new RedisRateLimiter(redis, SHARED, keys.shared, clock);
      const jobs = new RedisRateLimiter(redis, JOBS, keys.jobs, clock);
      return { shared, admission: new JobAdmission(jobs, shared, 5, clock) };
    };
    const [a, b] = [instance(), instance()];
    const start = now;
    const clickWaits: number[] = [];
    for (let call = 1; call <= 1000; call++) {
      expect(await (call % 2 ? a : b).admission.acquire(30_000)).toBe(true);
      if (call % 50 === 0) {
        const before = slept.length;
        expect(await (call % 100 ? a : b).shared.acquire(2000)).toBe(true);
        clickWaits.push(slept.slice(before).reduce((x, y) => x + y, 0));
      }
    }
    expect(Math.max(...clickWaits)).toBe(0);
    // 1,000 job calls from both instances at one shared 184.3/s: about 5.4 s of the clock, not half of it.
    expect(now - start).toBeGreaterThan(5_300);
    expect(now - start).toBeLessThan(5_600);
  });
});
