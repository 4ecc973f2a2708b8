import { describe, expect, it } from "vitest";
import { IsoDateSchema, addDays, addMonths, addYears } from "./iso-date.js";

describe("iso dates", () => {
  it.each([
    ["2026-01-31", 1, "2026-02-28"],
    ["2024-01-31", 1, "2024-02-29"],
    ["2026-03-15", 3, "2026-06-15"],
    ["2026-11-30", 3, "2027-02-28"],
  ])("%s + %i months = %s (clamped to month end)", (from, months, to) => {
    expect(addMonths(from, months)).toBe(to);
  });
  it("adds years and days", () => {
    expect(addYears("2024-02-29", 1)).toBe("2025-02-28");
    expect(addDays("2026-12-31", 1)).toBe("2027-01-01");
  });
  it.each(["2026-02-30", "2026-13-01", "26-01-01", "2026-1-1", ""])("rejects %j", (value) => {
    expect(IsoDateSchema.safeParse(value).success).toBe(false);
  });
});
