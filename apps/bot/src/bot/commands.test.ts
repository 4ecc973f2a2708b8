import { describe, expect, it } from "vitest";
import { parseCommand } from "./commands.js";

describe("text commands (Dutch first, English accepted)", () => {
  it.each([
    ["help", { name: "help" }],
    ["Hulp", { name: "help" }],
    ["nieuwe aanmelding", { name: "intake" }],
    ["nieuwe aanmelding lv", { name: "intake", rulebook: "lv-zorgafhankelijk-2025" }],
    ["nieuwe aanmelding mh 2022-06-01", { name: "intake", rulebook: "mh-uitstroom-2019", asOf: "2022-06-01" }],
    ["snelcheck", { name: "snelcheck" }],
    ["snelcheck LV", { name: "snelcheck", rulebook: "lv-zorgafhankelijk-2025" }],
    ["snelcheck urgentie", { name: "snelcheck", rulebook: "gv-urgentie-2019" }],
    ["mijn aanmeldingen", { name: "aanmeldingen" }],
    ["annuleer", { name: "cancel" }],
    ["pauze", { name: "pause" }],
    ["hervat", { name: "resume" }],
    ["terug", { name: "back" }],
    ["taal en", { name: "language", lang: "en" }],
    ["taal nl", { name: "language", lang: "nl" }],
    ["signaal", { name: "signal" }],
    ["signaal 3f2a9c1e", { name: "signal", caseRef: "3f2a9c1e" }],
    ["kanaal signalen", { name: "channel", on: true }],
    ["kanaal uit", { name: "channel", on: false }],
    ["kanaal", { name: "unknown", text: "kanaal" }],
    ["ja", { name: "unknown", text: "ja" }],
  ])("%j", (text, command) => {
    expect(parseCommand(text)).toEqual(command);
  });
});
