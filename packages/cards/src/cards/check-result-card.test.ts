import { evaluateRulebook, resolveRulebook, type Outcome } from "@convenantbot/domain";
import { describe, expect, it } from "vitest";
import type { Container, TextBlock } from "../card-types.js";
import { allTypesFacts, resultWith } from "../testing/fixtures.js";
import { allActions } from "../testing/validate.js";
import { checkResultCard } from "./check-result-card.js";

const cases: readonly [Outcome, string, string, string][] = [
  ["eligible", "good", "Komt in aanmerking", "Eligible"],
  ["not_eligible", "attention", "Komt niet in aanmerking", "Not eligible"],
  ["needs_info", "warning", "Meer gegevens nodig", "More information needed"],
  ["needs_review", "accent", "Maatwerk: beoordeling nodig", "Maatwerk: needs review"],
];

function headline(card: ReturnType<typeof checkResultCard>): TextBlock {
  return card.body.find((e): e is TextBlock => e.type === "TextBlock" && e.size === "large")!;
}

describe("checkResultCard", () => {
  it.each(cases)("%s: localized headline coloured %s", (outcome, color, nlText, enText) => {
    const nl = checkResultCard({ result: resultWith(outcome), rulebookTitle: "GV", lang: "nl" });
    const en = checkResultCard({ result: resultWith(outcome), rulebookTitle: "GV", lang: "en" });
    expect(headline(nl).text).toContain(nlText);
    expect(headline(nl).color).toBe(color);
    expect(headline(en).text).toContain(enText);
    // No bot action: only the client-side "Toon alle regels" toggle.
    expect(allActions(nl).map((a) => a.type)).toEqual(["Action.ToggleVisibility"]);
  });

  it("shows every reason with its code, article and status in words", () => {
    const result = resultWith("not_eligible");
    const text = JSON.stringify(checkResultCard({ result, rulebookTitle: "GV", lang: "nl" }));
    for (const reason of result.reasons) {
      expect(text).toContain(`**${reason.code}** · ${reason.article}`);
      expect(text).toContain(reason.text_nl);
    }
    expect(text).toContain("❌ niet voldaan");
    expect(text).toContain("⚖️ ter beoordeling");
    expect(text).toContain("➖ niet van toepassing");
    expect(text).toContain("(informatief)");
    expect(text).toContain("(voorstel)");
    const en = JSON.stringify(checkResultCard({ result, rulebookTitle: "GV", lang: "en" }));
    expect(en).toContain("❌ not met");
    expect(en).toContain(result.reasons[0]!.text_en);
  });

  it("nests alternatives under their group's reason, and still shows a group without one", () => {
    const full = checkResultCard({ result: resultWith("needs_review"), rulebookTitle: "GV", lang: "nl" });
    // The rule-by-rule list is the hidden "allRules" container behind the toggle.
    const allRules = full.body.find((e): e is Container => e.type === "Container" && e.id === "allRules")!;
    expect(allRules.isVisible).toBe(false);
    const card = { body: allRules.items };
    const texts = (e: unknown): string => JSON.stringify(e);
    const groupIndex = card.body.findIndex(
      (e) => e.type === "Container" && texts(e).includes("**GV.URG.GROND**") && !texts(e).includes("gronden volstaat"),
    );
    const nested = card.body[groupIndex + 1] as Container;
    expect(nested.type).toBe("Container");
    expect(nested.style).toBe("emphasis");
    expect(texts(nested)).toContain("Eén van deze gronden volstaat (GV.URG.GROND)");
    for (const code of ["GV.URG.1", "GV.URG.5", "GV.URG.6"]) expect(texts(nested)).toContain(`**${code}**`);
    // Members are not repeated at top level.
    const topLevel = card.body
      .filter((e) => e !== nested)
      .map(texts)
      .join();
    expect(topLevel).not.toContain("**GV.URG.5**");
    // MH.1a's group has no reason of its own in this result: shown under its code anyway.
    expect(texts(card)).toContain("(MH.DOELGROEP)");
    expect(texts(card)).toContain("**MH.1a**");
  });

  it("lists hints and the missing facts as Dutch questions, never as fact names", () => {
    const hints = JSON.stringify(
      checkResultCard({ result: resultWith("not_eligible"), rulebookTitle: "GV", lang: "en" }),
    );
    expect(hints).toContain("What could change the outcome");
    expect(hints).toContain("The landlord checks creditworthiness.");
    const missing = JSON.stringify(
      checkResultCard({
        result: resultWith("needs_info"),
        rulebookTitle: "GV",
        lang: "nl",
        factQuestions: allTypesFacts,
      }),
    );
    expect(missing).toContain("Nog te beantwoorden (");
    expect(missing).toContain("- Heeft de kandidaat een geldig identiteitsbewijs?");
    expect(missing).toContain("- Hoeveel jaar woont de kandidaat in de gemeente?");
    expect(missing).not.toContain("(validId)");
    expect(missing).not.toMatch(/- (validId|yearsResident|a1)\b/);
  });

  it("shows no open questions once the outcome is already negative", () => {
    const negative = { ...resultWith("not_eligible"), missing: ["validId", "yearsResident"] };
    const text = JSON.stringify(
      checkResultCard({ result: negative, rulebookTitle: "GV", lang: "nl", factQuestions: allTypesFacts }),
    );
    expect(text).not.toContain("Nog te beantwoorden");
    expect(text).not.toContain("geldig identiteitsbewijs");
  });

  it("answers first: the deciding rules with their articles before the hints, what next, and the hidden full list", () => {
    const card = checkResultCard({ result: resultWith("not_eligible"), rulebookTitle: "GV", lang: "nl" });
    const texts = card.body.map((e) => JSON.stringify(e));
    const why = texts.findIndex((t) => t.includes('"Waarom"'));
    const hints = texts.findIndex((t) => t.includes("Wat de uitkomst kan veranderen"));
    const next = texts.findIndex((t) => t.includes("Wat nu:"));
    const toggle = texts.findIndex((t) => t.includes("Action.ToggleVisibility"));
    expect(why).toBeGreaterThan(0);
    expect(why).toBeLessThan(hints);
    expect(hints).toBeLessThan(next);
    expect(next).toBeLessThan(toggle);
    expect(texts[toggle]).toContain("Toon alle regels");
    const failed = resultWith("not_eligible").reasons.find((r) => r.status === "failed" && r.group === undefined)!;
    expect(texts[why + 1]).toContain(`${failed.text_nl} (${failed.article})`);
  });

  it("names the rulebook and date that decided; the fingerprint stays in the receipt, off the card", () => {
    const text = JSON.stringify(
      checkResultCard({ result: resultWith("eligible"), rulebookTitle: { nl: "Urgentie", en: "Urgency" }, lang: "en" }),
    );
    expect(text).toContain("Check: Urgency");
    expect(text).toContain("As of 1 March 2026");
    expect(text).not.toContain("fingerprint");
    expect(text).not.toContain("abababababab");
  });

  it("renders a real domain result", () => {
    const rulebook = resolveRulebook("kw-huisuitzetting-2019", "2026-03-01");
    const result = evaluateRulebook(rulebook, { notSelfReliant: true, opiumActViolation: true }, "2026-03-01");
    const text = JSON.stringify(
      checkResultCard({ result, rulebookTitle: rulebook.title, lang: "nl", factQuestions: rulebook.facts }),
    );
    expect(result.outcome).toBe("not_eligible");
    expect(text).toContain("Komt niet in aanmerking");
    for (const reason of result.reasons) expect(text).toContain(`**${reason.code}**`);
  });
});
