/**
 * A token bucket per API key: a landlord's system that loops cannot starve the others.
 * In memory per process; with several processes each enforces its own share.
 */
export class RateLimiter {
  private readonly buckets = new Map<string, { tokens: number; at: number }>();

  constructor(
    private readonly ratePerSecond: number,
    private readonly burst: number,
    private readonly now: () => number = () => Date.now(),
  ) {}

  /** Whether the key has a token now, without taking it. */
  available(key: string): boolean {
    const bucket = this.buckets.get(key);
    if (!bucket) return true;
    return Math.min(this.burst, bucket.tokens + ((this.now() - bucket.at) / 1000) * this.ratePerSecond) >= 1;
  }

  /** Takes one token; false when the key is over its rate. */
  take(key: string): boolean {
    const now = this.now();
    const bucket = this.buckets.get(key) ?? { tokens: this.burst, at: now };
    const refilled = Math.min(this.burst, bucket.tokens + ((now - bucket.at) / 1000) * this.ratePerSecond);
    const allowed = refilled >= 1;
    this.buckets.set(key, { tokens: allowed ? refilled - 1 : refilled, at: now });
    if (this.buckets.size > 10_000) this.buckets.delete(this.buckets.keys().next().value as string);
    return allowed;
  }
}
