import { describe, expect, it } from "vitest";
import { niceMax, ticks } from "./scale";

describe("chart scale", () => {
  it("rounds the axis up to 1, 2 or 5 times a power of ten", () => {
    expect(niceMax([])).toBe(1);
    expect(niceMax([0, null])).toBe(1);
    expect(niceMax([3])).toBe(5);
    expect(niceMax([7, 2])).toBe(10);
    expect(niceMax([11])).toBe(20);
    expect(niceMax([24])).toBe(50);
    expect(niceMax([60])).toBe(100);
  });

  it("puts whole-number ticks from 0 to the maximum", () => {
    expect(ticks(10)).toEqual([0, 3, 6, 9, 10]);
    expect(ticks(1)).toEqual([0, 1]);
    expect(ticks(20)).toEqual([0, 5, 10, 15, 20]);
  });
});
