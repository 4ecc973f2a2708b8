import { describe, expect, it } from "vitest";
import { cardVerbs, isCardVerb } from "./card-verbs.js";

describe("the card-verb catalogue", () => {
  it("names each verb as Teams requires it on Action.Execute (domain.word)", () => {
    for (const verb of Object.keys(cardVerbs)) expect(verb).toMatch(/^[a-z]+\.[a-z]+$/);
  });

  it("knows its own verbs only, never an inherited key", () => {
    expect(isCardVerb("intake.answer")).toBe(true);
    expect(isCardVerb("verzonnen.werkwoord")).toBe(false);
    expect(isCardVerb("toString")).toBe(false);
  });

  // What a card sends, and what it never sends.
  const cases: [verb: keyof typeof cardVerbs, data: Record<string, unknown>, ok: boolean][] = [
    ["intake.answer", { fact: "yearsResident", rev: 2, yearsResident: "7" }, true],
    ["intake.answer", { fact: "g1", group: "g", facts: ["a", "b"], checklist: "a,b" }, true],
    ["intake.answer", { yearsResident: "7" }, false],
    ["intake.answer", { fact: "a", rev: "2" }, false],
    ["intake.choose", {}, true],
    ["intake.choose", { supportPartyId: 7 }, false],
    ["snelcheck.submit", { rulebook: "kw-huisuitzetting-2019", asOf: "2026-03-01", opiumActViolation: "true" }, true],
    ["snelcheck.submit", { asOf: "2026-03-01" }, false],
    ["signal.doorsturen", { signalId: "s", forwardTo: "p" }, true],
    ["signal.doorsturen", { signalId: "s" }, false],
    ["signal.afsluiten", { signalId: "s" }, true],
    ["command.run", { command: "snelcheck" }, true],
    ["command.run", {}, false],
    ["case.act", { aanmeldingId: "a", action: "weigeren", "weigeren.reason": "x" }, true],
  ];
  it.each(cases)("%s %j parses: %s", (verb, data, ok) => {
    expect(cardVerbs[verb].safeParse(data).success).toBe(ok);
  });
});
