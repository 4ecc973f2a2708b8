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
    ["aanmelding LV-2026-0012", { name: "case", kenmerk: "LV-2026-0012" }],
    ["zaak lv-2026-12", { name: "case", kenmerk: "LV-2026-0012" }],
    ["aanmelding lv", { name: "intake", rulebook: "lv-zorgafhankelijk-2025" }],
    // The caseworker's own dossier number, as typed (issue 15 item 7).
    ["aanmelding D-2024/118", { name: "case", kenmerk: "D-2024/118" }],
    ["zaak cl.4471", { name: "case", kenmerk: "cl.4471" }],
    ["aanmelding lv 2026-03-01", { name: "intake", rulebook: "lv-zorgafhankelijk-2025", asOf: "2026-03-01" }],
    ["aanmelding voor mevrouw jansen", { name: "intake" }],
    ["kanaal signalen", { name: "channel", on: true }],
    ["kanaal uit", { name: "channel", on: false }],
    ["kanaal", { name: "unknown", text: "kanaal" }],
    ["ja", { name: "unknown", text: "ja" }],
    ["1450,50", { name: "unknown", text: "1450,50" }],
    ["Overlast", { name: "unknown", text: "Overlast" }],
  ])("%j", (text, command) => {
    expect(parseCommand(text)).toEqual(command);
  });
});

describe("everyday phrasings (issue 15: first contact)", () => {
  it.each([
    ["hallo", { name: "help", greeting: true }],
    ["Hallo!", { name: "help", greeting: true }],
    ["goedemorgen", { name: "help", greeting: true }],
    ["Goedemiddag.", { name: "help", greeting: true }],
    ["Good morning", { name: "help", greeting: true }],
    ["wat kun je?", { name: "help" }],
    ["Wat kan je doen?", { name: "help" }],
    ["what can you do?", { name: "help" }],
    ["Help!", { name: "help" }],
    ["?", { name: "help" }],
    ["  HELP  ", { name: "help" }],
    ["bedankt!", { name: "thanks" }],
    ["Thanks", { name: "thanks" }],
    ["check lv", { name: "snelcheck", rulebook: "lv-zorgafhankelijk-2025" }],
    ["snel check", { name: "snelcheck" }],
    ["Snel check KW", { name: "snelcheck", rulebook: "kw-huisuitzetting-2019" }],
    ["quickcheck hov", { name: "snelcheck", rulebook: "gv-hov-2025" }],
    ["quick check", { name: "snelcheck" }],
    ["snelcheck!", { name: "snelcheck" }],
    ["mijn signalen", { name: "signalen" }],
    ["Mijn signalen?", { name: "signalen" }],
    ["my signals", { name: "signalen" }],
    ["mijn aanmeldingen.", { name: "aanmeldingen" }],
    ["kan deze klant een convenantwoning krijgen?", { name: "snelcheck", rulebook: "lv-zorgafhankelijk-2025" }],
    ["Komt zij in aanmerking voor urgentie?", { name: "snelcheck", rulebook: "gv-urgentie-2019" }],
    ["can this client get a noodwoning?", { name: "snelcheck", rulebook: "lv-noodwoning-2025" }],
    ["ik wil iemand aanmelden", { name: "intake" }],
    ["Signaal sturen", { name: "signal" }],
    ["signaal HA-2026-0012", { name: "signal", caseRef: "ha-2026-0012" }],
    ["signaal a90359a4", { name: "signal", caseRef: "a90359a4" }],
    // The sender's own dossier number on a signal, as typed (issue 15 item 7).
    ["signaal HV/2026-77", { name: "signal", caseRef: "HV/2026-77" }],
    ["signal dossier #12", { name: "signal", caseRef: "dossier #12" }],
  ])("%j", (text, command) => {
    expect(parseCommand(text)).toEqual(command);
  });

  it("keeps a typed answer as typed (the intake parses it, not the phrase table)", () => {
    expect(parseCommand("Geluid, stank")).toEqual({ name: "unknown", text: "Geluid, stank" });
    expect(parseCommand("2024-03-01")).toEqual({ name: "unknown", text: "2024-03-01" });
  });
});
