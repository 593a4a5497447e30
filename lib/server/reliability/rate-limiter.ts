import "server-only";
/**
 * Admission in front of every TRTC call: a token bucket (rate per second, small burst) implemented as
 * GCRA, so each caller learns at once how long it must wait. With rate r and burst b, no one-second
 * window admits more than r + b calls: 190 + 10 keeps Roomdesk at Tencent's 200/s limit.
 */
export interface RateLimiter {
  /** Waits for a slot; false (without waiting) when the slot is further away than `maxWaitMs`. */
  acquire(maxWaitMs: number): Promise<boolean>;
}

export interface RateLimit {
  perSecond: number;
  burst: number;
}

export interface GcraDecision {
  allowed: boolean;
  waitMs: number;
  /** The theoretical arrival time to store after this decision. */
  nextTat: number;
}

/** The GCRA step shared by the in-process and the Redis limiter (which runs the same arithmetic in Lua). */
export function gcraDecide(tat: number, now: number, limit: RateLimit, maxWaitMs: number): GcraDecision {
  const interval = 1000 / limit.perSecond;
  const tolerance = interval * (limit.burst - 1);
  const start = Math.max(tat, now);
  const waitMs = Math.max(0, start - tolerance - now);
  if (waitMs > maxWaitMs) return { allowed: false, waitMs, nextTat: tat };
  return { allowed: true, waitMs, nextTat: start + interval };
}

const realSleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

export class InProcessRateLimiter implements RateLimiter {
  private tat = 0;

  constructor(
    private readonly limit: RateLimit,
    private readonly now: () => number = Date.now,
    private readonly sleep: (ms: number) => Promise<void> = realSleep,
  ) {}

  async acquire(maxWaitMs: number): Promise<boolean> {
    const decision = gcraDecide(this.tat, this.now(), this.limit, maxWaitMs);
    if (!decision.allowed) return false;
    this.tat = decision.nextTat;
    if (decision.waitMs > 0) await this.sleep(decision.waitMs);
    return true;
  }
}
