import { BurstyRateLimiter, RateLimiterMemory, RateLimiterRes } from "rate-limiter-flexible";

/**
 * A steady rate per key with a burst on top (rate-limiter-flexible's BurstyRateLimiter): a
 * landlord's system that loops cannot starve the others, while a monthly batch may start fast.
 * In memory per process; with several processes each enforces its own share.
 */
export class RateLimiter {
  private readonly steady: RateLimiterMemory;
  private readonly extra: RateLimiterMemory | undefined;
  private readonly limiter: BurstyRateLimiter | RateLimiterMemory;

  constructor(ratePerSecond: number, burst: number) {
    // Below one a second (0.1/s), one point per 1/rate seconds: rounding up to 1/s let a slow
    // client through on every request.
    const perSecond = Math.max(1, Math.round(ratePerSecond));
    this.steady =
      ratePerSecond >= 1
        ? new RateLimiterMemory({ points: perSecond, duration: 1 })
        : new RateLimiterMemory({ points: 1, duration: Math.ceil(1 / ratePerSecond) });
    // The burst beyond the steady second refills over the time the steady rate needs for it.
    const extraPoints = Math.max(0, burst - perSecond);
    this.extra =
      extraPoints > 0
        ? new RateLimiterMemory({
            keyPrefix: "burst",
            points: extraPoints,
            duration: Math.max(1, Math.ceil(burst / ratePerSecond)),
          })
        : undefined;
    this.limiter = this.extra ? new BurstyRateLimiter(this.steady, this.extra) : this.steady;
  }

  /** Whether the key has a point now, without taking it. */
  async available(key: string): Promise<boolean> {
    const [steady, extra] = await Promise.all([this.steady.get(key), this.extra?.get(key)]);
    const left = (res: RateLimiterRes | null | undefined, points: number) =>
      res ? res.remainingPoints > 0 : points > 0;
    return left(steady, this.steady.points) || left(extra, this.extra?.points ?? 0);
  }

  /** Takes one point; false when the key is over its rate (the library rejects with its result). */
  async take(key: string): Promise<boolean> {
    try {
      await this.limiter.consume(key);
      return true;
    } catch (rejection) {
      if (rejection instanceof RateLimiterRes) return false;
      throw rejection;
    }
  }
}
