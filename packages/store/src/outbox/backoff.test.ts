import { describe, expect, it } from "vitest";
import { backoffMs } from "./backoff.js";

describe("backoffMs", () => {
  it("doubles from the base per attempt", () => {
    const options = { baseMs: 100, maxMs: 10_000 };
    expect([1, 2, 3, 4].map((a) => backoffMs(a, options))).toEqual([100, 200, 400, 800]);
  });

  it("never exceeds the maximum, even after very many attempts", () => {
    const options = { baseMs: 1_000, maxMs: 60_000 };
    expect(backoffMs(10, options)).toBe(60_000);
    expect(backoffMs(10_000, options)).toBe(60_000);
  });
});
