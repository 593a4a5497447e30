import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { RunningSandbox } from "@/lib/sandbox";
import { clientFor, manualDeadlines, sandboxHasSeen, startTestSandbox } from "@/tests/trtc-client";
import { randomHex } from "@/tests/trtc-test-app";
import { meetingBody } from "@/tests/room-bodies";
import { CircuitBreaker } from "./circuit-breaker";
import type { OutageEvidence } from "../trtc/trtc-error";
import { guardClient } from "./guarded-client";
import { InProcessRateLimiter, type RateLimiter } from "./rate-limiter";

const SECRET = `guard-${randomHex(16)}`;
let sandbox: RunningSandbox;

beforeAll(async () => {
  sandbox = await startTestSandbox(SECRET);
});
afterAll(() => sandbox.close());
beforeEach(() => sandbox.reset());

/** Breaker and limiter on one injected clock, and deadlines the test expires: nothing here waits on a timer. */
function guarded(now: () => number, opts: { perSecond?: number; burst?: number; maxQueueMs?: number } = {}) {
  const breaker = new CircuitBreaker<OutageEvidence>({ failureThreshold: 5, openMs: 30_000, now });
  const deadlines = manualDeadlines();
  const limit = { perSecond: opts.perSecond ?? 1000, burst: opts.burst ?? 100 };
  const client = guardClient(clientFor(sandbox, SECRET, { deadline: (ms) => deadlines.deadline(ms) }), {
    breaker,
    limiter: new InProcessRateLimiter(limit, now),
    maxQueueMs: opts.maxQueueMs ?? 1000,
  });
  return { breaker, client, deadlines };
}

describe("guarded TRTC client", () => {
  it("opens after 5 hangs: calls then fail fast without reaching Tencent, and one probe closes it again", async () => {
    let now = 0;
    const { breaker, client, deadlines } = guarded(() => now);
    sandbox.injectFault({ kind: "hang", times: 5 });
    for (let i = 1; i <= 5; i++) {
      const pending = client.run("get_room_info", { RoomId: "r" });
      await sandboxHasSeen(sandbox, i);
      deadlines.expire();
      expect((await pending).ok).toBe(false);
    }
    expect(breaker.state).toBe("open");
    const callsBefore = sandbox.calls().length;
    const attemptsBefore = deadlines.requested().length;

    const refused = await client.run("create_room", meetingBody());
    expect(refused.ok === false && refused.error.kind).toBe("circuit-open");
    expect(refused.ok === false && refused.error.message).toMatch(/not answering/);
    // Failing fast: no attempt was even started, so nothing waits on a timeout or a connection.
    expect(deadlines.requested()).toHaveLength(attemptsBefore);
    expect(sandbox.calls().length).toBe(callsBefore);

    now += 30_000;
    const probe = await client.run("create_room", meetingBody());
    expect(probe.ok).toBe(true);
    expect(breaker.state).toBe("closed");
  });

  it("does not trip on Tencent's refusals, which are answers", async () => {
    const { breaker, client } = guarded(() => 0);
    for (let i = 0; i < 8; i++) await client.run("get_room_info", { RoomId: `missing-${i}` });
    expect(breaker.state).toBe("closed");
  });

  it("answers 'busy' without sending when no rate-limit slot frees up in time", async () => {
    const { client } = guarded(() => 0, { perSecond: 1, burst: 1, maxQueueMs: 10 });
    expect((await client.run("get_room_info", { RoomId: "a" })).ok).toBe(false); // 100004, but sent
    const busy = await client.run("get_room_info", { RoomId: "b" });
    expect(busy.ok === false && busy.error.kind).toBe("busy");
    expect(sandbox.calls()).toHaveLength(1);
  });
});

describe("audit outcome of a call held back locally", () => {
  it("is 'refused', not 'unknown': nothing left Roomdesk", async () => {
    const { attemptOutcome } = await import("../audit/trtc-attempt");
    const { client } = guarded(() => 0, { perSecond: 1, burst: 1, maxQueueMs: 0 });
    await client.run("get_room_info", { RoomId: "a" });
    expect(attemptOutcome(await client.run("get_room_info", { RoomId: "b" }))).toBe("refused");
  });
});

describe("when the shared rate limiter's store fails", () => {
  it("refuses as busy without sending, and a half-open breaker does not stay stuck", async () => {
    let now = 0;
    let redisDown = true;
    const breaker = new CircuitBreaker<OutageEvidence>({ failureThreshold: 1, openMs: 1000, now: () => now });
    const client = guardClient(clientFor(sandbox, SECRET), {
      breaker,
      limiter: { acquire: async () => (redisDown ? Promise.reject(new Error("ECONNREFUSED")) : true) },
      maxQueueMs: 100,
    });
    breaker.onFailure(breaker.tryAcquire()!, true);
    now = 1000;
    const refused = await client.run("get_room_info", { RoomId: "x" });
    expect(refused.ok === false && refused.error.kind).toBe("busy");
    expect(sandbox.calls()).toHaveLength(0);
    redisDown = false;
    expect((await client.run("create_room", meetingBody())).ok).toBe(true);
    expect(breaker.state).toBe("closed");
  });
});

describe("the half-open probe slot", () => {
  it("belongs to the probe: a call the rate limiter turns away cannot hand it to a second call", async () => {
    let now = 0;
    const breaker = new CircuitBreaker<OutageEvidence>({ failureThreshold: 1, openMs: 1000, now: () => now });
    const deadlines = manualDeadlines();
    let holdNext = false;
    let answerHeld: (admitted: boolean) => void = () => {};
    const limiter: RateLimiter = {
      acquire: async () => {
        if (!holdNext) return true;
        holdNext = false;
        return new Promise<boolean>((resolve) => (answerHeld = resolve));
      },
    };
    const client = guardClient(clientFor(sandbox, SECRET, { deadline: (ms) => deadlines.deadline(ms) }), {
      breaker,
      limiter,
      maxQueueMs: 1000,
    });

    // Admitted by the closed breaker, then left waiting in the rate limiter's queue.
    holdNext = true;
    const queued = client.run("get_room_info", { RoomId: "queued" });
    // Meanwhile Tencent stops answering and the breaker opens; after the pause one probe goes out and hangs.
    sandbox.injectFault({ kind: "http502" });
    expect((await client.run("get_room_info", { RoomId: "outage" })).ok).toBe(false);
    expect(breaker.state).toBe("open");
    now += 1000;
    sandbox.injectFault({ kind: "hang" });
    const probe = client.run("get_room_info", { RoomId: "probe" });
    await sandboxHasSeen(sandbox, 2);

    answerHeld(false);
    const busy = await queued;
    expect(busy.ok === false && busy.error.kind).toBe("busy");
    const second = await client.run("get_room_info", { RoomId: "second" });
    expect(second.ok === false && second.error.kind).toBe("circuit-open");
    expect(sandbox.calls().map((c) => c.body)).toEqual([{ RoomId: "outage" }, { RoomId: "probe" }]);

    deadlines.expire();
    expect((await probe).ok).toBe(false);
    expect(breaker.state).toBe("open");
  });
});
