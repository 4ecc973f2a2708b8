import { describe, expect, it } from "vitest";
import { monthsBefore } from "./cutoff.js";

describe("monthsBefore", () => {
  it("subtracts calendar months and keeps the time of day", () => {
    expect(monthsBefore(new Date("2026-07-15T10:30:00.000Z"), 6).toISOString()).toBe("2026-01-15T10:30:00.000Z");
    expect(monthsBefore(new Date("2026-07-15T10:30:00.000Z"), 18).toISOString()).toBe("2025-01-15T10:30:00.000Z");
  });

  it("clamps to the last day of a shorter month", () => {
    expect(monthsBefore(new Date("2026-08-31T00:00:00.000Z"), 6).toISOString()).toBe("2026-02-28T00:00:00.000Z");
  });
});
