import "server-only";
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

/**
 * What tryAcquire hands out. In half-open the probe's ticket is the only one that can free or settle the
 * probe slot: a call admitted earlier and turned away later must not open the door for a second probe.
 */
export interface BreakerTicket {
  readonly probe: boolean;
}

const REGULAR: BreakerTicket = Object.freeze({ probe: false });

/** How many of the failures that opened the breaker are kept for the refusal message. */
const EVIDENCE_KEPT = 5;

export class CircuitBreaker<E = unknown> {
  private failures = 0;
  private evidence: E[] = [];
  private openedAt: number | null = null;
  private probe: BreakerTicket | null = null;
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

  /** A ticket when a call may go out now, else null; in half-open only the first caller gets one (the probe). */
  tryAcquire(): BreakerTicket | null {
    const state = this.state;
    if (state === "closed") return REGULAR;
    if (state === "open" || this.probe) return null;
    this.probe = { probe: true };
    return this.probe;
  }

  /** Gives a ticket back without a verdict (the call never went out). */
  release(ticket: BreakerTicket): void {
    if (ticket === this.probe) this.probe = null;
  }

  /** The latest outage failures (at most five), oldest first: what a refusal can point support at. */
  get openedBy(): readonly E[] {
    return this.evidence;
  }

  /** Any answer shows Tencent is back, whoever's call it was. */
  onSuccess(): void {
    this.failures = 0;
    this.evidence = [];
    this.openedAt = null;
    this.probe = null;
  }

  /** Only failures that say "Tencent is not answering" count; a refused parameter is a healthy answer. */
  onFailure(ticket: BreakerTicket, retryable: boolean, evidence?: E): void {
    const wasProbe = ticket === this.probe;
    if (wasProbe) this.probe = null;
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
