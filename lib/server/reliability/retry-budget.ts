import "server-only";
/**
 * A process-wide retry quota (the AWS SDKs' "standard" retry mode, with a time refill): each retry spends
 * a token; tokens come back with time (a full bucket per `refillWindowMs`) and a fraction with each
 * success. During an outage retries stop once the bucket is empty instead of multiplying the load, and
 * resume on their own once the outage has been quiet for a while.
 */
export interface RetryBudgetOptions {
  capacity: number;
  /** Time in which an empty bucket fills up again; default one minute. */
  refillWindowMs?: number;
  refundPerSuccess?: number;
  /** Clock in ms; injectable so tests can move time. */
  now?: () => number;
}

export class RetryBudget {
  private tokens: number;
  private updatedAt: number;
  private readonly capacity: number;
  private readonly refillPerMs: number;
  private readonly refundPerSuccess: number;
  private readonly now: () => number;

  constructor(opts: RetryBudgetOptions) {
    this.capacity = opts.capacity;
    this.refillPerMs = opts.capacity / (opts.refillWindowMs ?? 60_000);
    this.refundPerSuccess = opts.refundPerSuccess ?? 0.1;
    this.now = opts.now ?? Date.now;
    this.tokens = opts.capacity;
    this.updatedAt = this.now();
  }

  /** The window in which the bucket refills: "too many retries in the last …". */
  get windowMs(): number {
    return this.capacity / this.refillPerMs;
  }

  /** Takes one retry token; false when the budget is spent. */
  trySpend(): boolean {
    this.refill();
    if (this.tokens < 1) return false;
    this.tokens -= 1;
    return true;
  }

  recordSuccess(): void {
    this.refill();
    this.tokens = Math.min(this.capacity, this.tokens + this.refundPerSuccess);
  }

  get available(): number {
    this.refill();
    return this.tokens;
  }

  private refill(): void {
    const now = this.now();
    const elapsed = Math.max(0, now - this.updatedAt);
    this.tokens = Math.min(this.capacity, this.tokens + elapsed * this.refillPerMs);
    this.updatedAt = now;
  }
}
