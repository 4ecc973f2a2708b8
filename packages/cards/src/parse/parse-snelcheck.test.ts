import { evaluateRulebook, parseFacts, resolveRulebook, snelcheckSections } from "@convenantbot/domain";
import { describe, expect, it } from "vitest";
import { snelcheckCard } from "../cards/snelcheck-card.js";
import { allTypesRulebook } from "../testing/fixtures.js";
import { allInputs } from "../testing/validate.js";
import { parseSnelcheckSubmission } from "./parse-snelcheck.js";

/** What Teams / Web Chat send for a form nobody touched: each input's value, "" when unset. */
function untouchedSubmission(card: ReturnType<typeof snelcheckCard>): Record<string, string> {
  return Object.fromEntries(allInputs(card).map((i) => [i.id, i.value === undefined ? "" : String(i.value)]));
}

describe("parseSnelcheckSubmission", () => {
  it("converts the raw strings of every answer type", () => {
    const parsed = parseSnelcheckSubmission(allTypesRulebook, {
      rulebook: "test-all-types",
      asOf: "2026-03-01",
      validId: "false",
      yearsResident: "6,5",
      minorChildren: "2",
      evictionReason: "overlast",
      targetLandlord: "unknown",
      grounds: "calamiteit,medisch",
      evictionDate: "2026-05-01",
      residentOf: "Leidschendam",
    });
    expect(parsed).toEqual({
      ok: true,
      asOf: "2026-03-01",
      issues: [],
      facts: {
        validId: false,
        yearsResident: 6.5,
        minorChildren: 2,
        evictionReason: "overlast",
        grounds: ["medisch", "calamiteit"],
        evictionDate: "2026-05-01",
        residentOf: "Leidschendam",
      },
    });
  });

  it("an untouched form is all unknown: no facts at all, only the date", () => {
    const card = snelcheckCard({ rulebook: allTypesRulebook, lang: "nl", asOf: "2026-03-01" });
    expect(
      parseSnelcheckSubmission(allTypesRulebook, { rulebook: "test-all-types", ...untouchedSubmission(card) }),
    ).toEqual({
      ok: true,
      asOf: "2026-03-01",
      facts: {},
      issues: [],
    });
  });

  it("round-trips a prefill through the card", () => {
    const prefill = {
      validId: true,
      yearsResident: 7,
      minorChildren: 0,
      evictionReason: "huurschuld",
      grounds: ["medisch", "geweld"],
      evictionDate: "2026-04-01",
      residentOf: "Voorburg",
    };
    const card = snelcheckCard({ rulebook: allTypesRulebook, lang: "en", asOf: "2026-03-01", prefill });
    expect(parseSnelcheckSubmission(allTypesRulebook, untouchedSubmission(card)).facts).toEqual(prefill);
  });

  it("collects every invalid field as an issue in both languages, keeping the valid ones", () => {
    const parsed = parseSnelcheckSubmission(allTypesRulebook, {
      asOf: "2026-03-01",
      validId: "wel",
      yearsResident: "abc",
      minorChildren: "3",
      grounds: "x",
    });
    expect(parsed.ok).toBe(false);
    expect(parsed.facts).toEqual({ minorChildren: 3 });
    expect(parsed.issues.map((i) => i.field)).toEqual(["validId", "yearsResident", "grounds"]);
    expect(parsed.issues[1]!.message_nl).toBe(
      `"Hoeveel jaar woont de kandidaat in de gemeente?" (yearsResident): 'abc' is geen getal.`,
    );
    expect(parsed.issues[1]!.message_en).toBe(
      `"How many years has the candidate lived in the municipality?" (yearsResident): 'abc' is not a number.`,
    );
  });

  it.each([
    [{}, "asOf", "Peildatum (asOf): kies een datum.", "As of date (asOf): choose a date."],
    [{ asOf: "" }, "asOf", "Peildatum (asOf): kies een datum.", "As of date (asOf): choose a date."],
    [
      { asOf: "2026-02-30" },
      "asOf",
      "Peildatum (asOf): '2026-02-30' is geen bestaande datum (JJJJ-MM-DD).",
      "As of date (asOf): '2026-02-30' is not an existing date (YYYY-MM-DD).",
    ],
    [
      { asOf: 20260301 },
      "asOf",
      "Peildatum (asOf): '20260301' is geen bestaande datum (JJJJ-MM-DD).",
      "As of date (asOf): '20260301' is not an existing date (YYYY-MM-DD).",
    ],
    [
      "not an object",
      "data",
      "De kaart stuurde geen formuliergegevens; vul het formulier opnieuw in.",
      "The card sent no form data; please fill in the form again.",
    ],
    [
      null,
      "data",
      "De kaart stuurde geen formuliergegevens; vul het formulier opnieuw in.",
      "The card sent no form data; please fill in the form again.",
    ],
  ] as const)("%j -> issue on %s", (data, field, nl, en) => {
    const parsed = parseSnelcheckSubmission(allTypesRulebook, data);
    expect(parsed.ok).toBe(false);
    expect(parsed).not.toHaveProperty("asOf");
    expect(parsed.issues).toEqual([{ field, message_nl: nl, message_en: en }]);
  });

  it("accepts a Dutch typed date for asOf and ignores keys that are not facts", () => {
    const parsed = parseSnelcheckSubmission(allTypesRulebook, {
      asOf: "1-3-2026",
      rulebook: "x",
      somethingElse: "y",
      validId: "true",
    });
    expect(parsed).toEqual({ ok: true, asOf: "2026-03-01", facts: { validId: true }, issues: [] });
  });

  it("gives facts the real domain accepts and evaluates", () => {
    const rulebook = resolveRulebook("kw-huisuitzetting-2019", "2026-03-01");
    const card = snelcheckCard({ rulebook, lang: "nl", asOf: "2026-03-01" });
    const data: Record<string, string> = {
      ...untouchedSubmission(card),
      notSelfReliant: "true",
      opiumActViolation: "false",
      minorChildren: "2",
    };
    const parsed = parseSnelcheckSubmission(rulebook, data);
    expect(parsed.ok).toBe(true);
    expect(parsed.facts).toEqual({ notSelfReliant: true, opiumActViolation: false, minorChildren: 2 });
    const result = evaluateRulebook(rulebook, parseFacts(rulebook, parsed.facts), parsed.asOf!);
    expect(result.outcome).toBe("needs_info");
    expect(result.missing).not.toContain("notSelfReliant");
  });

  describe("a question group's checklist on the form in sections", () => {
    const kw = resolveRulebook("kw-huisuitzetting-2019", "2026-03-01");
    const card = snelcheckCard({
      rulebook: kw,
      lang: "nl",
      asOf: "2026-03-01",
      sections: snelcheckSections(kw, "2026-03-01"),
    });
    const id = "checklist-kw-uitsluitingen";
    const rows: { sent: string | string[]; facts?: Record<string, boolean>; issue?: RegExp }[] = [
      // Untouched: the three exclusions stay unknown (absent), never "no".
      { sent: "", facts: {} },
      { sent: "none", facts: { opiumActViolation: false, illegalOccupation: false, extremeNuisance: false } },
      {
        sent: "opiumActViolation",
        facts: { opiumActViolation: true, illegalOccupation: false, extremeNuisance: false },
      },
      {
        sent: ["illegalOccupation", "extremeNuisance"],
        facts: { opiumActViolation: false, illegalOccupation: true, extremeNuisance: true },
      },
      { sent: "none,opiumActViolation", issue: /Geen van deze/ },
      { sent: "hasLegalIncome", issue: /Vink aan/ },
    ];
    it.each(rows)("sent $sent", ({ sent, facts, issue }) => {
      expect(allInputs(card).map((i) => i.id)).toContain(id);
      const parsed = parseSnelcheckSubmission(kw, { ...untouchedSubmission(card), [id]: sent });
      if (facts) {
        expect(parsed.ok).toBe(true);
        for (const fact of ["opiumActViolation", "illegalOccupation", "extremeNuisance"])
          expect(parsed.facts[fact], fact).toBe(facts[fact]);
      } else {
        expect(parsed.ok).toBe(false);
        expect(parsed.issues.map((i) => [i.field, i.message_nl])).toEqual([[id, expect.stringMatching(issue!)]]);
      }
    });

    it("a fact sent on its own (the form without sections, the API) still counts", () => {
      expect(parseSnelcheckSubmission(kw, { asOf: "2026-03-01", opiumActViolation: "true" }).facts).toEqual({
        opiumActViolation: true,
      });
    });

    it("the form shown again ticks what was sent, or the facts already known", () => {
      const again = (prefill: Record<string, unknown>) =>
        allInputs(
          snelcheckCard({
            rulebook: kw,
            lang: "nl",
            asOf: "2026-03-01",
            sections: snelcheckSections(kw, "2026-03-01"),
            prefill,
          }),
        ).find((i) => i.id === id)?.value;
      expect(again({ [id]: "opiumActViolation" })).toBe("opiumActViolation");
      expect(again({ opiumActViolation: false, illegalOccupation: false, extremeNuisance: false })).toBe("none");
      expect(again({ extremeNuisance: true })).toBe("extremeNuisance");
      expect(again({})).toBeUndefined();
    });
  });
});
