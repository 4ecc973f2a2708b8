import { describe, expect, it } from "vitest";
import { formatKenmerk, parseKenmerk } from "./kenmerk.js";

describe("kenmerk", () => {
  it("formats with a four-digit running number", () => {
    expect(formatKenmerk("ha", 2026, 12)).toBe("HA-2026-0012");
    expect(formatKenmerk("LV", 2026, 12345)).toBe("LV-2026-12345");
  });

  it.each([
    ["HA-2026-0012", "HA-2026-0012"],
    ["ha-2026-12", "HA-2026-0012"],
    [" HA20260012 ", "HA-2026-0012"],
    ["ov-2027-3", "OV-2027-0003"],
    ["a90359a4", undefined],
    ["HA-26-12", undefined],
    ["", undefined],
  ])("parses %j", (text, kenmerk) => {
    expect(parseKenmerk(text)).toBe(kenmerk);
  });
});
