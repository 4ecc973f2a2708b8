import { describe, expect, it } from "vitest";
import { allActions } from "../testing/validate.js";
import { outcomeCard } from "./outcome-card.js";

describe("outcomeCard", () => {
  it("says what happened and what comes next, with nothing to click twice", () => {
    const card = outcomeCard({
      lines: ["Aanmelding opgeslagen (kenmerk 3f2a9c1e).", "Ondersteunende partij: Meldpunt."],
      next: "Typ 'mijn aanmeldingen'.",
      lang: "nl",
    });
    expect(card.fallbackText).toBe("Aanmelding opgeslagen (kenmerk 3f2a9c1e).");
    expect(JSON.stringify(card.body)).toContain("Ondersteunende partij: Meldpunt.");
    expect(JSON.stringify(card.body)).toContain("mijn aanmeldingen");
    expect(allActions(card)).toEqual([]);
  });

  it.each(["nl", "en"] as const)("%s: without lines it still has a heading", (lang) => {
    expect(JSON.stringify(outcomeCard({ lines: [], lang }).body)).toMatch(lang === "nl" ? /Gedaan/ : /Done/);
  });
});
