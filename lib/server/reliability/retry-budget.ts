/**
 * A process-wide retry quota (AWS SDK "standard" retry mode): each retry spends a token, each success
 * refunds a fraction, so during an outage retries stop once the bucket is empty instead of multiplying
 * load on a struggling upstream.
 */
export class RetryBudget {
  private tokens: number;

  constructor(
    private readonly capacity = 10,
    private readonly refundPerSuccess = 0.1,
  ) {
    this.tokens = capacity;
  }

  /** Takes one retry token; false when the budget is spent. */
  trySpend(): boolean {
    if (this.tokens < 1) return false;
    this.tokens -= 1;
    return true;
  }

  recordSuccess(): void {
    this.tokens = Math.min(this.capacity, this.tokens + this.refundPerSuccess);
  }

  get available(): number {
    return this.tokens;
  }
}
