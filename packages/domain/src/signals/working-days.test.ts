import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addDays } from "../common/iso-date.js";
import { addWorkingDays, dutchHolidays, isWorkingDay } from "./working-days.js";

describe("Dutch working days", () => {
  it.each([
    ["2026-03-06", 3, "2026-03-11", "Friday: Mon, Tue, Wed"],
    ["2026-03-07", 3, "2026-03-11", "received on a Saturday"],
    ["2026-04-24", 3, "2026-04-30", "Koningsdag (Mon 27 April) skipped"],
    ["2026-04-01", 3, "2026-04-07", "Goede Vrijdag counts (ASSUMED), Tweede paasdag not"],
    ["2026-05-13", 3, "2026-05-19", "Hemelvaartsdag skipped"],
    ["2026-12-23", 3, "2026-12-29", "both Christmas days skipped"],
    ["2026-12-31", 3, "2027-01-06", "Nieuwjaar, across the year"],
    ["2025-04-25", 1, "2025-04-28", "Koningsdag 2025 fell on Saturday 26 April"],
  ])("%s + %i working days = %s (%s)", (from, n, due) => {
    expect(addWorkingDays(from, n)).toBe(due);
  });

  it("knows the public holidays of a year", () => {
    expect([...dutchHolidays(2026)].sort()).toEqual([
      "2026-01-01",
      "2026-04-05",
      "2026-04-06",
      "2026-04-27",
      "2026-05-14",
      "2026-05-24",
      "2026-05-25",
      "2026-12-25",
      "2026-12-26",
    ]);
  });

  it("the due day is a working day with exactly n working days after the start", () => {
    const day = fc
      .date({ min: new Date("2024-01-01T00:00:00Z"), max: new Date("2030-12-31T00:00:00Z"), noInvalidDate: true })
      .map((d) => d.toISOString().slice(0, 10));
    fc.assert(
      fc.property(day, fc.integer({ min: 1, max: 15 }), (from, n) => {
        const due = addWorkingDays(from, n);
        expect(isWorkingDay(due)).toBe(true);
        let count = 0;
        for (let d = addDays(from, 1); d <= due; d = addDays(d, 1)) if (isWorkingDay(d)) count++;
        expect(count).toBe(n);
      }),
      { numRuns: 200 },
    );
  });
});
