/**
 * Closed → (N consecutive retryable failures) → open for `openMs` → half-open: exactly one probe goes
 * through; its success closes the breaker, its failure opens it again. While open, calls fail at once.
 */
export type BreakerState = "closed" | "open" | "half-open";

export interface BreakerOptions {
  failureThreshold: number;
  openMs: number;
  now?: () => number;
}

export class CircuitBreaker {
  private failures = 0;
  private openedAt: number | null = null;
  private probeInFlight = false;
  private readonly now: () => number;

  constructor(private readonly opts: BreakerOptions) {
    this.now = opts.now ?? Date.now;
  }

  get state(): BreakerState {
    if (this.openedAt === null) return "closed";
    return this.now() - this.openedAt >= this.opts.openMs ? "half-open" : "open";
  }

  /** Milliseconds until a probe may go, for a "try again in …" message. */
  get retryAfterMs(): number {
    return this.openedAt === null ? 0 : Math.max(0, this.opts.openMs - (this.now() - this.openedAt));
  }

  /** Whether a call may go out now; in half-open, only the first caller becomes the probe. */
  tryAcquire(): boolean {
    const state = this.state;
    if (state === "closed") return true;
    if (state === "open" || this.probeInFlight) return false;
    this.probeInFlight = true;
    return true;
  }

  /** Gives up a probe slot without a verdict (the call never went out). */
  release(): void {
    this.probeInFlight = false;
  }

  onSuccess(): void {
    this.failures = 0;
    this.openedAt = null;
    this.probeInFlight = false;
  }

  /** Only failures that say "Tencent is not answering" count; a refused parameter is a healthy answer. */
  onFailure(retryable: boolean): void {
    const wasProbe = this.probeInFlight;
    this.probeInFlight = false;
    if (!retryable) {
      if (wasProbe) this.onSuccess();
      else this.failures = 0;
      return;
    }
    this.failures += 1;
    if (wasProbe || this.failures >= this.opts.failureThreshold) this.openedAt = this.now();
  }
}
