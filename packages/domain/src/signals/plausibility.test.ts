import { describe, expect, it } from "vitest";
import { implausibleArrears } from "./plausibility.js";

describe("implausibleArrears", () => {
  it.each([
    [3, 1450.5, false],
    [3, 145050, true], // "1450,50" read without its comma
    [1, 1500, false],
    [1, 1500.01, true],
    [6, 1.45, true], // "1,45" for 1.450
    [2, 100, false],
    [0, 0, false],
    [0, 2000, true],
    [undefined, 145050, false], // nothing to compare with
  ])("%s months, EUR %s: asks to confirm = %s", (monthsInArrears, amountInArrears, asks) => {
    expect(implausibleArrears({ monthsInArrears, amountInArrears }) !== undefined).toBe(asks);
  });

  it("says why in Dutch and English", () => {
    expect(implausibleArrears({ monthsInArrears: 3, amountInArrears: 145050 })).toEqual({
      nl: "meer dan € 1.500 per maand achterstand",
      en: "more than EUR 1,500 per month in arrears",
    });
  });
});
