import { describe, expect, it } from "vitest";
import { dutchDateOf, dutchToday } from "./dutch-date.js";

describe("one 'today': the Dutch calendar day of the clock passed in", () => {
  it.each([
    // Winter (CET, UTC+1): 23:30 UTC is already the next day in the Netherlands.
    ["2026-01-14T23:30:00Z", "2026-01-15"],
    ["2026-01-14T22:59:59Z", "2026-01-14"],
    // Summer (CEST, UTC+2): 22:30 UTC is already the next day.
    ["2026-07-01T22:30:00Z", "2026-07-02"],
    ["2026-07-01T21:59:59Z", "2026-07-01"],
    // The night the clocks go back (25 October 2026): 00:30 Dutch summer time.
    ["2026-10-24T22:30:00Z", "2026-10-25"],
  ])("%s is %s in Amsterdam", (instant, day) => {
    expect(dutchToday(new Date(instant))).toBe(day);
    expect(dutchDateOf(instant)).toBe(day);
  });
});
