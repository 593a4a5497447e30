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

/** How many of the failures that opened the breaker are kept for the refusal message. */
const EVIDENCE_KEPT = 5;

export class CircuitBreaker<E = unknown> {
  private failures = 0;
  private evidence: E[] = [];
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

  /** The latest outage failures (at most five), oldest first: what a refusal can point support at. */
  get openedBy(): readonly E[] {
    return this.evidence;
  }

  onSuccess(): void {
    this.failures = 0;
    this.evidence = [];
    this.openedAt = null;
    this.probeInFlight = false;
  }

  /** Only failures that say "Tencent is not answering" count; a refused parameter is a healthy answer. */
  onFailure(retryable: boolean, evidence?: E): void {
    const wasProbe = this.probeInFlight;
    this.probeInFlight = false;
    if (!retryable) {
      if (wasProbe) this.onSuccess();
      else {
        this.failures = 0;
        this.evidence = [];
      }
      return;
    }
    this.failures += 1;
    if (evidence !== undefined) this.evidence = [...this.evidence, evidence].slice(-EVIDENCE_KEPT);
    if (wasProbe || this.failures >= this.opts.failureThreshold) this.openedAt = this.now();
  }
}
