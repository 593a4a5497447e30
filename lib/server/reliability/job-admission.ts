import "server-only";
import type { RateLimiter } from "./rate-limiter";

export interface JobAdmissionClock {
  now: () => number;
  sleep: (ms: number) => Promise<void>;
}

/**
 * Admission for background jobs: their calls count against the same shared limit as people's, but a job
 * never makes a person wait. It first takes a slot in its own bucket (the shared rate minus a share kept
 * for people), so jobs alone never fill the shared bucket; then it takes a shared slot only if one is free
 * right now (never queueing there, where it would sit ahead of a click). Refused, it tries again after
 * `retryMs`, until `maxWaitMs` has passed.
 */
export class JobAdmission implements RateLimiter {
  constructor(
    private readonly jobs: RateLimiter,
    private readonly shared: RateLimiter,
    private readonly retryMs: number,
    private readonly clock: JobAdmissionClock,
  ) {}

  async acquire(maxWaitMs: number): Promise<boolean> {
    const deadline = this.clock.now() + maxWaitMs;
    for (;;) {
      const left = deadline - this.clock.now();
      if (left < 0 || !(await this.jobs.acquire(left))) return false;
      if (await this.shared.acquire(0)) return true;
      if (deadline - this.clock.now() < this.retryMs) return false;
      await this.clock.sleep(this.retryMs);
    }
  }
}
