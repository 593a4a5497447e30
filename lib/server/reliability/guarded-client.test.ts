import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { RunningSandbox } from "@/lib/sandbox";
import { clientFor, startTestSandbox } from "@/tests/trtc-client";
import { randomHex } from "@/tests/trtc-test-app";
import { meetingBody } from "@/tests/room-bodies";
import { CircuitBreaker } from "./circuit-breaker";
import type { OutageEvidence } from "../trtc/trtc-error";
import { guardClient } from "./guarded-client";
import { InProcessRateLimiter } from "./rate-limiter";

const SECRET = `guard-${randomHex(16)}`;
let sandbox: RunningSandbox;

beforeAll(async () => {
  sandbox = await startTestSandbox(SECRET);
});
afterAll(() => sandbox.close());
beforeEach(() => sandbox.reset());

function guarded(now: () => number, opts: { perSecond?: number; burst?: number; maxQueueMs?: number } = {}) {
  const breaker = new CircuitBreaker<OutageEvidence>({ failureThreshold: 5, openMs: 30_000, now });
  const client = guardClient(clientFor(sandbox, SECRET, { timeoutMs: 100 }), {
    breaker,
    limiter: new InProcessRateLimiter({ perSecond: opts.perSecond ?? 1000, burst: opts.burst ?? 100 }),
    maxQueueMs: opts.maxQueueMs ?? 1000,
  });
  return { breaker, client };
}

describe("guarded TRTC client", () => {
  it("opens after 5 hangs: calls then fail fast without reaching Tencent, and one probe closes it again", async () => {
    let now = 0;
    const { breaker, client } = guarded(() => now);
    sandbox.injectFault({ kind: "hang", times: 5 });
    for (let i = 0; i < 5; i++) expect((await client.getRoomInfo("r")).ok).toBe(false);
    expect(breaker.state).toBe("open");
    const callsBefore = sandbox.calls().length;

    const t0 = performance.now();
    const refused = await client.createRoom(meetingBody());
    expect(performance.now() - t0).toBeLessThan(50);
    expect(refused.ok === false && refused.error.kind).toBe("circuit-open");
    expect(refused.ok === false && refused.error.message).toMatch(/not answering/);
    expect(sandbox.calls().length).toBe(callsBefore);

    now += 30_000;
    const probe = await client.createRoom(meetingBody());
    expect(probe.ok).toBe(true);
    expect(breaker.state).toBe("closed");
  });

  it("does not trip on Tencent's refusals, which are answers", async () => {
    const { breaker, client } = guarded(() => 0);
    for (let i = 0; i < 8; i++) await client.getRoomInfo(`missing-${i}`);
    expect(breaker.state).toBe("closed");
  });

  it("answers 'busy' without sending when no rate-limit slot frees up in time", async () => {
    const { client } = guarded(() => 0, { perSecond: 1, burst: 1, maxQueueMs: 10 });
    expect((await client.getRoomInfo("a")).ok).toBe(false); // 100004, but sent
    const busy = await client.getRoomInfo("b");
    expect(busy.ok === false && busy.error.kind).toBe("busy");
    expect(sandbox.calls()).toHaveLength(1);
  });
});

describe("audit outcome of a call held back locally", () => {
  it("is 'refused', not 'unknown': nothing left Roomdesk", async () => {
    const { attemptOutcome } = await import("../audit/trtc-attempt");
    const { client } = guarded(() => 0, { perSecond: 1, burst: 1, maxQueueMs: 0 });
    await client.getRoomInfo("a");
    expect(attemptOutcome(await client.getRoomInfo("b"))).toBe("refused");
  });
});

describe("when the shared rate limiter's store fails", () => {
  it("refuses as busy without sending, and a half-open breaker does not stay stuck", async () => {
    let now = 0;
    let redisDown = true;
    const breaker = new CircuitBreaker<OutageEvidence>({ failureThreshold: 1, openMs: 1000, now: () => now });
    const client = guardClient(clientFor(sandbox, SECRET, { timeoutMs: 100 }), {
      breaker,
      limiter: { acquire: async () => (redisDown ? Promise.reject(new Error("ECONNREFUSED")) : true) },
      maxQueueMs: 100,
    });
    breaker.onFailure(true);
    now = 1000;
    const refused = await client.getRoomInfo("x");
    expect(refused.ok === false && refused.error.kind).toBe("busy");
    expect(sandbox.calls()).toHaveLength(0);
    redisDown = false;
    expect((await client.createRoom(meetingBody())).ok).toBe(true);
    expect(breaker.state).toBe("closed");
  });
});
