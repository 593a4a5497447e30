import { describe, expect, it } from "vitest";
import { CircuitBreaker } from "./circuit-breaker";

function clockedBreaker() {
  let now = 0;
  const breaker = new CircuitBreaker({ failureThreshold: 5, openMs: 30_000, now: () => now });
  /** One call that goes out while the breaker is closed and ends with an outage (or a refusal). */
  const fail = (retryable = true) => breaker.onFailure(breaker.tryAcquire()!, retryable);
  const open = () => {
    for (let i = 0; i < 5; i++) fail();
  };
  return { breaker, fail, open, advance: (ms: number) => (now += ms) };
}

describe("circuit breaker", () => {
  it("opens after 5 consecutive outage failures and refuses until the pause is over", () => {
    const { breaker, advance } = clockedBreaker();
    for (let i = 0; i < 4; i++) {
      const ticket = breaker.tryAcquire();
      expect(ticket).toEqual({ probe: false });
      breaker.onFailure(ticket!, true);
    }
    expect(breaker.state).toBe("closed");
    breaker.onFailure(breaker.tryAcquire()!, true);
    expect(breaker.state).toBe("open");
    expect(breaker.tryAcquire()).toBeNull();
    advance(29_999);
    expect(breaker.tryAcquire()).toBeNull();
    advance(1);
    expect(breaker.state).toBe("half-open");
  });

  it("lets exactly one probe through when half-open; its success closes the breaker", () => {
    const { breaker, open, advance } = clockedBreaker();
    open();
    advance(30_000);
    expect(breaker.tryAcquire()).toEqual({ probe: true });
    expect(breaker.tryAcquire()).toBeNull();
    breaker.onSuccess();
    expect(breaker.state).toBe("closed");
    expect(breaker.tryAcquire()).toEqual({ probe: false });
  });

  it("re-opens for another full pause when the probe fails", () => {
    const { breaker, open, advance } = clockedBreaker();
    open();
    advance(30_000);
    breaker.onFailure(breaker.tryAcquire()!, true);
    expect(breaker.state).toBe("open");
    advance(29_000);
    expect(breaker.tryAcquire()).toBeNull();
  });

  it("does not count refusals such as a bad parameter, and they reset the streak", () => {
    const { breaker, fail } = clockedBreaker();
    for (let i = 0; i < 4; i++) fail();
    fail(false);
    for (let i = 0; i < 4; i++) fail();
    expect(breaker.state).toBe("closed");
  });

  it("frees or settles the probe slot only for the probe's own ticket", () => {
    const { breaker, open, advance } = clockedBreaker();
    const early = breaker.tryAcquire()!; // admitted while closed, still queued when the breaker opens
    open();
    advance(30_000);
    const probe = breaker.tryAcquire()!;
    breaker.release(early);
    expect(breaker.tryAcquire()).toBeNull();
    breaker.onFailure(early, false); // the early call's refusal is not the probe's verdict
    expect(breaker.state).toBe("half-open");
    expect(breaker.tryAcquire()).toBeNull();
    breaker.release(probe);
    expect(breaker.tryAcquire()).toEqual({ probe: true });
  });
});
