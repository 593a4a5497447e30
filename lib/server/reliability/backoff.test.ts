import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { backoffCeiling, backoffDelay } from "./backoff";
import { RetryBudget } from "./retry-budget";

describe("full-jitter backoff", () => {
  it("every delay lies within [0, min(cap, base·2^(n-1))]", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 30 }),
        fc.integer({ min: 1, max: 1000 }),
        fc.integer({ min: 1, max: 60_000 }),
        fc.double({ min: 0, max: 0.9999999, noNaN: true }),
        (retry, baseMs, capMs, r) => {
          const delay = backoffDelay(retry, { baseMs, capMs }, () => r);
          expect(delay).toBeGreaterThanOrEqual(0);
          expect(delay).toBeLessThanOrEqual(Math.min(capMs, baseMs * 2 ** (retry - 1)));
        },
      ),
    );
  });

  it("doubles the ceiling per retry up to the cap", () => {
    const policy = { baseMs: 200, capMs: 5000 };
    expect([1, 2, 3, 4, 5, 6, 7].map((n) => backoffCeiling(n, policy))).toEqual([
      200, 400, 800, 1600, 3200, 5000, 5000,
    ]);
  });
});

describe("retry budget", () => {
  it("stops retries once a burst of failures has spent it, and refunds a little on success", () => {
    const t = 0;
    const budget = new RetryBudget({ capacity: 3, refundPerSuccess: 0.5, now: () => t });
    expect([budget.trySpend(), budget.trySpend(), budget.trySpend(), budget.trySpend()]).toEqual([
      true,
      true,
      true,
      false,
    ]);
    budget.recordSuccess();
    expect(budget.trySpend()).toBe(false);
    budget.recordSuccess();
    expect(budget.trySpend()).toBe(true);
  });

  it("refills with time: a spent budget allows retries again a minute later, and never exceeds its capacity", () => {
    let t = 1_000_000;
    const budget = new RetryBudget({ capacity: 10, now: () => t });
    for (let i = 0; i < 10; i++) expect(budget.trySpend()).toBe(true);
    expect(budget.trySpend()).toBe(false);
    t += 6_000; // a tenth of the window: one token back
    expect(budget.trySpend()).toBe(true);
    expect(budget.trySpend()).toBe(false);
    t += 60_000;
    expect(budget.available).toBe(10);
    t += 600_000;
    expect(budget.available).toBe(10);
    expect(budget.windowMs).toBe(60_000);
  });
});
