import { resolveRulebook } from "@convenantbot/domain";
import { describe, expect, it } from "vitest";
import { allTypesRulebook } from "../testing/fixtures.js";
import { allActions, allInputs, executeByVerb, inputById } from "../testing/validate.js";
import { snelcheckCard } from "./snelcheck-card.js";

describe("snelcheckCard", () => {
  it("has the as-of date and one optional input per fact, named after it", () => {
    const card = snelcheckCard({ rulebook: allTypesRulebook, lang: "nl", asOf: "2026-03-01" });
    expect(allInputs(card).map((i) => i.id)).toEqual(["asOf", ...allTypesRulebook.facts.map((f) => f.name)]);
    expect(inputById(card, "asOf")).toMatchObject({
      type: "Input.Date",
      value: "2026-03-01",
      isRequired: true,
      errorMessage: "Kies een peildatum.",
    });
    expect(
      allInputs(card)
        .filter((i) => i.isRequired)
        .map((i) => i.id),
    ).toEqual(["asOf"]);
  });

  it("booleans are three-way, unknown preselected (absent = unknown)", () => {
    const card = snelcheckCard({ rulebook: allTypesRulebook, lang: "en", asOf: "2026-03-01" });
    const input = inputById(card, "validId");
    expect(input).toMatchObject({ type: "Input.ChoiceSet", style: "compact", value: "unknown" });
    expect(input.choices).toEqual([
      { title: "Unknown", value: "unknown" },
      { title: "Yes", value: "true" },
      { title: "No", value: "false" },
    ]);
  });

  it("single choices can go back to unknown; multi-choice, numbers, dates and text start empty", () => {
    const card = snelcheckCard({ rulebook: allTypesRulebook, lang: "nl", asOf: "2026-03-01" });
    const reason = inputById(card, "evictionReason");
    expect(reason.value).toBe("unknown");
    expect((reason.choices as { value: string }[])[0]).toEqual({ title: "Onbekend / niet ingevuld", value: "unknown" });
    expect(inputById(card, "grounds")).toMatchObject({ isMultiSelect: true });
    for (const id of ["grounds", "yearsResident", "evictionDate", "residentOf"])
      expect(inputById(card, id)).not.toHaveProperty("value");
    // Optional numbers carry no min/max (Web Chat's renderer would block them when empty); the parser checks the range.
    expect(inputById(card, "yearsResident")).toMatchObject({
      errorMessage: "Vul een getal in. Toegestaan: 0 tot en met 120.",
    });
    expect(inputById(card, "yearsResident")).not.toHaveProperty("min");
  });

  it("fills in a prefill", () => {
    const card = snelcheckCard({
      rulebook: allTypesRulebook,
      lang: "nl",
      asOf: "2026-03-01",
      prefill: { validId: false, grounds: ["medisch", "geweld"], yearsResident: 3, residentOf: "Gouda" },
    });
    expect(inputById(card, "validId").value).toBe("false");
    expect(inputById(card, "grounds").value).toBe("medisch,geweld");
    expect(inputById(card, "yearsResident").value).toBe(3);
    expect(inputById(card, "residentOf").value).toBe("Gouda");
  });

  it("submits with snelcheck.submit and data { rulebook }", () => {
    const rulebook = resolveRulebook("kw-huisuitzetting-2019", "2026-03-01");
    const card = snelcheckCard({ rulebook, lang: "nl", asOf: "2026-03-01" });
    expect(allActions(card)).toHaveLength(1);
    expect(executeByVerb(card, "snelcheck.submit").data).toEqual({ rulebook: "kw-huisuitzetting-2019" });
    expect(JSON.stringify(card)).toContain(`Snelcheck: ${rulebook.title.nl}`);
    expect(allInputs(card)).toHaveLength(rulebook.facts.length + 1);
  });
});
