import { describe, expect, it } from "vitest";
import { allActions, allInputs, executeByVerb, inputById } from "../testing/validate.js";
import { rulebookChoiceCard, type RulebookOption } from "./rulebook-choice-card.js";

const options: RulebookOption[] = [
  {
    id: "kw-huisuitzetting-2019",
    title: { nl: "Huisuitzettingen KW", en: "Evictions KW" },
    validFrom: "2019-02-01",
    validTo: null,
    valid: true,
  },
  {
    id: "lv-zorgafhankelijk-2025",
    title: { nl: "Convenantwoning LV", en: "Convenantwoning LV" },
    validFrom: "2025-01-14",
    validTo: "2028-01-13",
    valid: true,
  },
  {
    id: "mh-uitstroom-2019",
    title: { nl: "Uitstroom MH", en: "Outflow MH" },
    validFrom: "2019-05-13",
    validTo: "2023-06-30",
    valid: false,
  },
];

describe("rulebookChoiceCard", () => {
  it("offers only valid rulebooks in a required ChoiceSet 'rulebook', with their validity", () => {
    const card = rulebookChoiceCard(options, "nl", "intake.start");
    const input = inputById(card, "rulebook");
    expect(input).toMatchObject({ type: "Input.ChoiceSet", isRequired: true, errorMessage: "Kies een regeling." });
    expect(input.choices).toEqual([
      { title: "Huisuitzettingen KW (geldig vanaf 1 februari 2019)", value: "kw-huisuitzetting-2019" },
      {
        title: "Convenantwoning LV (geldig van 14 januari 2025 tot en met 13 januari 2028)",
        value: "lv-zorgafhankelijk-2025",
      },
    ]);
    expect(JSON.stringify(card)).toContain("Uitstroom MH (geldig van 13 mei 2019 tot en met 30 juni 2023)");
  });

  it("uses the caller's verb with data {}", () => {
    const card = rulebookChoiceCard(options, "en", "snelcheck.start");
    expect(executeByVerb(card, "snelcheck.start")).toMatchObject({ data: {}, title: "Continue" });
    expect(allActions(card)).toHaveLength(1);
    expect(JSON.stringify(card)).toContain("Evictions KW (valid from 1 February 2019)");
  });

  it("preselects the only valid rulebook", () => {
    expect(inputById(rulebookChoiceCard(options.slice(0, 1), "nl", "x.y"), "rulebook").value).toBe(
      "kw-huisuitzetting-2019",
    );
  });

  it("with nothing valid: says so, no input, no action", () => {
    const card = rulebookChoiceCard(options.slice(2), "nl", "intake.start");
    expect(allInputs(card)).toEqual([]);
    expect(allActions(card)).toEqual([]);
    expect(JSON.stringify(card)).toContain("Er is op dit moment geen geldige regeling.");
  });
});
