import { describe, expect, it } from "vitest";
import { parseDutchNumber } from "./dutch-number.js";

describe("parseDutchNumber (issue 15: '1450,50' arrived as 145050)", () => {
  it.each([
    ["1450,50", 1450.5],
    ["1.450,50", 1450.5],
    ["1.450", 1450],
    ["12.345.678,9", 12345678.9],
    ["1450", 1450],
    ["1450.50", 1450.5],
    ["1450.5", 1450.5],
    ["€ 1.450,50", 1450.5],
    ["€1450,-", 1450],
    ["EUR 300", 300],
    [" 3 ", 3],
    ["0,5", 0.5],
    ["1,450.50", 1450.5],
    // Dutch first: a comma is a decimal comma, also before three digits (the plausibility check catches slips).
    ["1,450", 1.45],
    ["-12,5", -12.5],
    [7, 7],
  ])("%j is %d", (input, value) => {
    expect(parseDutchNumber(input)).toEqual({ ok: true, value });
  });

  it.each(["", "abc", "1.45.0", "14,50,3", "1450,50 euro", "1e3", Number.NaN])(
    "%j is refused (not guessed)",
    (input) => {
      expect(parseDutchNumber(input as string)).toEqual({ ok: false });
    },
  );
});
