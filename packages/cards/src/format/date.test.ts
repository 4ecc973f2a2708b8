import { describe, expect, it } from "vitest";
import { formatDate, formatDateTime } from "./date.js";

describe("formatDate", () => {
  it.each([
    ["2026-03-01", "nl", "1 maart 2026"],
    ["2026-03-01", "en", "1 March 2026"],
    ["2023-12-31", "nl", "31 december 2023"],
    ["not a date", "nl", "not a date"],
    ["2026-13-01", "en", "2026-13-01"],
  ] as const)("%s in %s -> %s", (value, lang, expected) => {
    expect(formatDate(value, lang)).toBe(expected);
  });
});

describe("formatDateTime", () => {
  it("shows timestamps in Dutch time, winter and summer", () => {
    expect(formatDateTime("2026-03-01T09:15:00Z", "nl")).toBe("1 maart 2026 10:15");
    expect(formatDateTime("2026-07-01T09:15:00Z", "en")).toBe("1 July 2026 11:15");
  });

  it("keeps a plain date a date and shows garbage as given", () => {
    expect(formatDateTime("2026-03-01", "nl")).toBe("1 maart 2026");
    expect(formatDateTime("gisteren", "nl")).toBe("gisteren");
  });
});
