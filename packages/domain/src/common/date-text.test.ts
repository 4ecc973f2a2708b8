import { describe, expect, it } from "vitest";
import { dateText } from "./date-text.js";

describe("dateText", () => {
  it.each([
    ["2019-02-01", "nl", "1 februari 2019"],
    ["2019-02-01", "en", "1 February 2019"],
    ["2028-01-13", "nl", "13 januari 2028"],
    ["niet-een-datum", "nl", "niet-een-datum"],
  ] as const)("%s (%s) reads %s", (value, lang, expected) => expect(dateText(value, lang)).toBe(expected));
});
