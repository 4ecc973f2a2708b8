import { describe, expect, it } from "vitest";
import { dutchDateOf, dutchToday } from "./dutch-date.js";

/** The day as Intl gives it in Europe/Amsterdam: what dutchDateOf's cached offsets must equal. */
const intlDay = new Intl.DateTimeFormat("en-CA", {
  timeZone: "Europe/Amsterdam",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
});

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

describe("dutchDateOf with an offset per UTC hour", () => {
  it("gives Intl's Amsterdam day for every 7 minutes of 2025-2027 (six clock changes) and around each midnight", () => {
    const mismatches: string[] = [];
    for (let ms = Date.UTC(2025, 0, 1); ms < Date.UTC(2028, 0, 1); ms += 7 * 60_000) {
      for (const at of [ms, ms + 59_999]) {
        const instant = new Date(at).toISOString();
        if (dutchDateOf(instant) !== intlDay.format(new Date(at))) mismatches.push(instant);
      }
    }
    expect(mismatches).toEqual([]);
  });

  it.each([
    ["2026-03-29T00:59:59.999Z", "2026-03-29"], // 01:59:59 winter time, the last second before the change
    ["2026-03-29T01:00:00Z", "2026-03-29"], // 03:00 summer time
    ["2026-10-24T21:59:59Z", "2026-10-24"], // 23:59:59 summer time
    ["2026-10-25T00:59:59Z", "2026-10-25"], // 02:59:59 summer time, then the clock goes back
    ["2026-10-25T22:59:59Z", "2026-10-25"], // 23:59:59 winter time
    ["2026-10-25T23:00:00Z", "2026-10-26"],
    ["2026-03-02T00:30:00+01:00", "2026-03-02"], // an instant with its own offset
    ["2026-03-01T19:00:00-05:00", "2026-03-02"], // 01:00 in Amsterdam
    ["1990-06-30T22:30:00Z", "1990-07-01"], // before 1996: Intl decides
    ["1937-06-30T23:50:00Z", intlDay.format(new Date("1937-06-30T23:50:00Z"))], // Amsterdam time, +00:19:32
  ])("%s is %s", (instant, day) => {
    expect(dutchDateOf(instant)).toBe(day);
  });

  it("still refuses what is not a moment", () => {
    expect(() => dutchDateOf("geen datum")).toThrow(RangeError);
  });
});
