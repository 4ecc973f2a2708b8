import { describe, expect, it } from "vitest";
import { findControlCharacter } from "./control-characters.js";

describe("findControlCharacter", () => {
  it.each([
    [{ fields: { careNotes: "a\u0000b" } }, "fields.careNotes", "U+0000"],
    [{ items: [{ name: "ok" }, { name: "x\u001by" }] }, "items[1].name", "U+001B"],
    ["\u007f", "(body)", "U+007F"],
    [{ "a\u0007": 1 }, "a?", "U+0007"],
  ])("finds %j at %s", (value, field, codePoint) => {
    expect(findControlCharacter(value)).toEqual({ field, codePoint });
  });

  it.each([[{ text: "regel 1\nregel 2\r\n\tingesprongen" }], [{ n: 1, b: true, x: null }], ["Zoë Özdemir – 1234 AB"]])(
    "accepts %j",
    (value) => {
      expect(findControlCharacter(value)).toBeUndefined();
    },
  );
});
