import { describe, expect, it } from "vitest";
import { deadlines, proposals, resultWith } from "../testing/fixtures.js";
import { allActions, allInputs, executeByVerb, inputById } from "../testing/validate.js";
import { intakeSummaryCard } from "./intake-summary-card.js";

const base = { rulebookTitle: "Convenantwoning LV", proposals, deadlines };

describe("intakeSummaryCard", () => {
  it("offers the proposed parties in a required ChoiceSet 'supportPartyId' and intake.choose with data {}", () => {
    const card = intakeSummaryCard({ ...base, result: resultWith("eligible"), lang: "nl" });
    const input = inputById(card, "supportPartyId");
    expect(input).toMatchObject({ type: "Input.ChoiceSet", isRequired: true, errorMessage: "Kies een partij." });
    const choices = input.choices as { title: string; value: string }[];
    expect(choices.map((c) => c.value)).toEqual(proposals.map((p) => p.partyId));
    expect(choices[0]!.title).toMatch(new RegExp(`^${proposals[0]!.partyName.replace(/[()]/g, "\\$&")} \\(`));
    expect(input).not.toHaveProperty("value");
    expect(executeByVerb(card, "intake.choose")).toMatchObject({ data: {}, title: "Kies en sla op" });
    expect(executeByVerb(card, "intake.back")).toMatchObject({ data: {}, associatedInputs: "none" });
    // "Toon alle regels" sits among the card's own actions, after the two that move the intake on.
    expect(allActions(card).map((a) => a.type)).toEqual([
      "Action.Execute",
      "Action.Execute",
      "Action.ToggleVisibility",
    ]);
  });

  it("says in each choice why the party is proposed, with its role, and lists no name twice", () => {
    const card = intakeSummaryCard({ ...base, result: resultWith("eligible"), lang: "en" });
    const titles = (inputById(card, "supportPartyId").choices as { title: string }[]).map((c) => c.title);
    expect(titles).toEqual([
      "Meldpunt Zorg en Overlast (GGD Hollands-Midden) (Meldpunt): Establishes vulnerability.",
      "Gemeente Krimpenerwaard (municipality (gemeente)): Starts income management.",
    ]);
    expect(JSON.stringify(card).split("Gemeente Krimpenerwaard").length - 1).toBe(1);
  });

  it("lists the deadlines that start now with due dates phrased by kind", () => {
    const nl = JSON.stringify(intakeSummaryCard({ ...base, result: resultWith("eligible"), lang: "nl" }));
    expect(nl).toContain("Termijnen die nu beginnen");
    expect(nl).toContain("**zo mogelijk vóór 1 juni 2026**: Aanbod van een woning (LV.5.4, art. 5 lid 4)"); // art. 5 lid 4 "indien mogelijk"
    expect(nl).toContain("**duurt ten hoogste tot 1 maart 2028**: Tijdelijk huurcontract");
    expect(nl).toContain("**niet eerder dan 1 maart 2027**: Woonbegeleidingsovereenkomst");
    const en = JSON.stringify(intakeSummaryCard({ ...base, result: resultWith("eligible"), lang: "en" }));
    expect(en).toContain("**if possible by 1 June 2026**: Offer of a home");
  });

  it("shows outcome, reasons with articles and hints", () => {
    const result = resultWith("not_eligible");
    const text = JSON.stringify(intakeSummaryCard({ ...base, result, lang: "nl" }));
    expect(text).toContain("Komt niet in aanmerking");
    expect(text).toContain("**GV.URG.NOOD** · art. URG.NOOD");
    expect(text).toContain("De verhuurder toetst de kredietwaardigheid.");
  });

  it("preselects a single proposal", () => {
    const card = intakeSummaryCard({
      ...base,
      proposals: proposals.slice(0, 1),
      result: resultWith("eligible"),
      lang: "nl",
    });
    expect(inputById(card, "supportPartyId").value).toBe("kw-meldpunt-ggd-hm");
  });

  it("without proposals: no input, and the button saves without a party", () => {
    const card = intakeSummaryCard({
      ...base,
      proposals: [],
      deadlines: [],
      result: resultWith("eligible"),
      lang: "en",
    });
    expect(allInputs(card)).toEqual([]);
    expect(JSON.stringify(card)).toContain("No support party was proposed");
    expect(JSON.stringify(card)).not.toContain("Deadlines that start now");
    expect(executeByVerb(card, "intake.choose")).toMatchObject({ data: {}, title: "Save aanmelding" });
  });
});
