import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { RateLimiter } from "./rate-limit.js";

beforeEach(() => {
  vi.useFakeTimers({ now: new Date("2026-12-03T09:00:00Z") });
});
afterEach(() => {
  vi.useRealTimers();
});

async function takeMany(limiter: RateLimiter, key: string, n: number): Promise<boolean[]> {
  const results: boolean[] = [];
  for (let i = 0; i < n; i++) results.push(await limiter.take(key));
  return results;
}

describe("RateLimiter: a steady rate per key with a burst", () => {
  it("lets the burst through at once, then refuses, per key", async () => {
    const limiter = new RateLimiter(20, 100);
    const first = await takeMany(limiter, "key-a", 120);
    expect(first.filter(Boolean)).toHaveLength(100);
    expect(first.slice(100).every((allowed) => !allowed)).toBe(true);
    expect(await limiter.available("key-a")).toBe(false);
    // Another key has its own bucket.
    expect(await limiter.take("key-b")).toBe(true);
  });

  it("gives the steady rate back each second after the burst is spent", async () => {
    const limiter = new RateLimiter(20, 100);
    await takeMany(limiter, "key-a", 120);
    vi.advanceTimersByTime(1_000);
    const nextSecond = await takeMany(limiter, "key-a", 30);
    expect(nextSecond.filter(Boolean)).toHaveLength(20);
  });

  it("the wrong-key guard: 10 at once, then one a second", async () => {
    const failures = new RateLimiter(1, 10);
    expect((await takeMany(failures, "127.0.0.1", 15)).filter(Boolean)).toHaveLength(10);
    expect(await failures.available("127.0.0.1")).toBe(false);
    vi.advanceTimersByTime(1_000);
    expect(await failures.available("127.0.0.1")).toBe(true);
    expect(await failures.take("127.0.0.1")).toBe(true);
    expect(await failures.take("127.0.0.1")).toBe(false);
  });

  it("a rate below one a second: one point per 1/rate seconds, not one a second", async () => {
    const slow = new RateLimiter(0.5, 2);
    expect(await takeMany(slow, "key-a", 3)).toEqual([true, true, false]);
    vi.advanceTimersByTime(1_000);
    expect(await slow.take("key-a")).toBe(false);
    vi.advanceTimersByTime(1_000);
    expect(await slow.take("key-a")).toBe(true);
  });
});
