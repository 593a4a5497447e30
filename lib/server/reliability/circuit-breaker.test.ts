import { describe, expect, it } from "vitest";
import { CircuitBreaker } from "./circuit-breaker";

function clockedBreaker() {
  let now = 0;
  const breaker = new CircuitBreaker({ failureThreshold: 5, openMs: 30_000, now: () => now });
  return { breaker, advance: (ms: number) => (now += ms) };
}

describe("circuit breaker", () => {
  it("opens after 5 consecutive outage failures and refuses until the pause is over", () => {
    const { breaker, advance } = clockedBreaker();
    for (let i = 0; i < 4; i++) {
      expect(breaker.tryAcquire()).toBe(true);
      breaker.onFailure(true);
    }
    expect(breaker.state).toBe("closed");
    breaker.tryAcquire();
    breaker.onFailure(true);
    expect(breaker.state).toBe("open");
    expect(breaker.tryAcquire()).toBe(false);
    advance(29_999);
    expect(breaker.tryAcquire()).toBe(false);
    advance(1);
    expect(breaker.state).toBe("half-open");
  });

  it("lets exactly one probe through when half-open; its success closes the breaker", () => {
    const { breaker, advance } = clockedBreaker();
    for (let i = 0; i < 5; i++) breaker.onFailure(true);
    advance(30_000);
    expect(breaker.tryAcquire()).toBe(true);
    expect(breaker.tryAcquire()).toBe(false);
    breaker.onSuccess();
    expect(breaker.state).toBe("closed");
    expect(breaker.tryAcquire()).toBe(true);
  });

  it("re-opens for another full pause when the probe fails", () => {
    const { breaker, advance } = clockedBreaker();
    for (let i = 0; i < 5; i++) breaker.onFailure(true);
    advance(30_000);
    breaker.tryAcquire();
    breaker.onFailure(true);
    expect(breaker.state).toBe("open");
    advance(29_000);
    expect(breaker.tryAcquire()).toBe(false);
  });

  it("does not count refusals such as a bad parameter, and they reset the streak", () => {
    const { breaker } = clockedBreaker();
    for (let i = 0; i < 4; i++) breaker.onFailure(true);
    breaker.onFailure(false);
    for (let i = 0; i < 4; i++) breaker.onFailure(true);
    expect(breaker.state).toBe("closed");
  });
});
