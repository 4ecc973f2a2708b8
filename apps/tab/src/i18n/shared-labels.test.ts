import { describe, expect, it } from "vitest";
import { sharedLabelsEn, sharedLabelsNl } from "@convenantbot/contract/labels";
import { en } from "./en";
import { nl } from "./nl";

describe("the labels shared with the cards", () => {
  it("read exactly as the contract words them, in both languages (no key redefined here)", () => {
    for (const [key, text] of Object.entries(sharedLabelsNl)) expect(nl[key as keyof typeof nl], key).toBe(text);
    for (const [key, text] of Object.entries(sharedLabelsEn)) expect(en[key as keyof typeof en], key).toBe(text);
  });
});
