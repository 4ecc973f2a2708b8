import { describe, expect, it } from "vitest";
import { en } from "./en";
import { formatDate, formatNumber } from "./format";
import { nl } from "./nl";
import { langOf, translate, translateOr } from "./translate";

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe("the tab's message catalogues", () => {
  it("have the same keys in Dutch and English, and every text is filled in", () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(nl).sort());
    for (const [key, text] of [...Object.entries(nl), ...Object.entries(en)]) expect(text.trim(), key).not.toBe("");
  });

  it("use the same placeholders in both languages", () => {
    for (const key of Object.keys(nl) as (keyof typeof nl)[])
      expect(placeholders(en[key]), key).toEqual(placeholders(nl[key]));
  });

  it("fill placeholders, and leave a missing one visible", () => {
    expect(translate("nl", "nood.ofCount", { used: 1, count: 2 })).toBe("1 van 2");
    expect(translate("en", "nood.ofCount", { used: 3 })).toBe("3 of {count}");
  });

  it("fall back to the raw value for a domain value without a label", () => {
    expect(translateOr("en", "signal.type.overlast", "overlast")).toBe("Nuisance");
    expect(translateOr("en", "signal.type.iets_nieuws", "iets_nieuws")).toBe("iets_nieuws");
  });
});

describe("language and formats", () => {
  it("is Dutch first: only an English Teams locale gets English", () => {
    expect(langOf("en-US")).toBe("en");
    expect(langOf("nl-NL")).toBe("nl");
    expect(langOf("de-DE")).toBe("nl");
    expect(langOf(undefined)).toBe("nl");
  });

  it("formats a calendar date without a time zone shift, and numbers with the Dutch decimal comma", () => {
    expect(formatDate("nl", "2026-01-01")).toMatch(/^1 jan\.? 2026$/);
    expect(formatDate("en", "2026-12-31")).toBe("31 Dec 2026");
    expect(formatNumber("nl", 8.12949, 4)).toBe("8,1295");
    expect(formatNumber("en", 1234)).toBe("1,234");
  });
});
