import { describe, expect, it } from "vitest";
import { resolveRulebook, snelcheckSections } from "@convenantbot/domain";
import type { Container, ToggleVisibilityAction } from "../card-types.js";
import { allActions, allInputs, parseWithLibrary, schemaErrors } from "../testing/validate.js";
import { snelcheckCard } from "./snelcheck-card.js";
import { FOLLOW_UP_ID, FOLLOW_UP_INDEX_ID } from "./snelcheck-follow-ups.js";

const AS_OF = "2020-03-01";
const gv = resolveRulebook("gv-urgentie-2019", AS_OF);
const sections = snelcheckSections(gv, AS_OF);
const cardWith = (prefill?: Record<string, unknown>) =>
  snelcheckCard({ rulebook: gv, lang: "nl", asOf: AS_OF, sections, ...(prefill ? { prefill } : {}) });

const byId = (node: unknown, id: string): Container | undefined => {
  if (typeof node !== "object" || node === null) return undefined;
  const record = node as Record<string, unknown>;
  if (record["id"] === id) return record as unknown as Container;
  for (const value of Object.values(record)) {
    const found = Array.isArray(value) ? value.map((v) => byId(v, id)).find(Boolean) : byId(value, id);
    if (found) return found;
  }
  return undefined;
};
/** The TextBlocks' texts, one a line, in order. */
const textOf = (node: unknown): string => {
  const texts: string[] = [];
  const walk = (value: unknown): void => {
    if (Array.isArray(value)) return value.forEach(walk);
    if (typeof value !== "object" || value === null) return;
    const record = value as Record<string, unknown>;
    if (record["type"] === "TextBlock") texts.push(String(record["text"]));
    Object.values(record).forEach(walk);
  };
  walk(node);
  return texts.join("\n");
};
const titlesOf = (node: unknown) => allActions(node).map((a) => a.title);
const shownBy = (action: ToggleVisibilityAction) =>
  (action.targetElements as { elementId: string; isVisible: boolean }[])
    .filter((t) => t.isVisible)
    .map((t) => t.elementId);
const navOf = (page: Container) =>
  (page.items.find((i) => i.type === "ActionSet") as { actions: ToggleVisibilityAction[] }).actions;

describe("the GV urgentie snelcheck: follow-ups per chosen ground (issue 15 item 2)", () => {
  const card = cardWith();
  const index = byId(card, FOLLOW_UP_INDEX_ID)!;
  const rows = index.items.filter((i): i is Container => i.type === "Container");

  it("is a valid Adaptive Card 1.5, and every fact is still asked exactly once", () => {
    expect(schemaErrors(card)).toEqual([]);
    expect(parseWithLibrary(card).validationEvents).toEqual([]);
    const ids = allInputs(card).map((i) => i.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual(expect.arrayContaining(["yearsSearching", "minorChildren", "checklist-gv-urgentie-uitwegen"]));
  });

  it("'Toon vervolgvragen' hides the basic pages and opens the list of grounds; nothing else is open", () => {
    const open = allActions(card.actions).find(
      (a): a is ToggleVisibilityAction => a.type === "Action.ToggleVisibility" && a.title.startsWith("Toon"),
    )!;
    expect(open.title).toBe(
      `Toon vervolgvragen (${sections.filter((s) => s.followUp).flatMap((s) => s.facts).length})`,
    );
    expect(shownBy(open)).toEqual([FOLLOW_UP_ID, FOLLOW_UP_INDEX_ID]);
    expect(open.targetElements).toEqual(expect.arrayContaining([{ elementId: "section-core-1", isVisible: false }]));
    expect(byId(card, FOLLOW_UP_ID)!.isVisible).toBe(false);
  });

  it.each([
    ["1. Medische gronden (1)", "fu-medisch"],
    ["9. Uitstroom uit een erkende instelling (7)", "fu-uitstroom_instelling-1"],
    ["Geldt een van deze situaties voor de aanvrager? (4)", "fu-gv-urgentie-uitwegen"],
    ["Vervolgvragen (alleen als van toepassing) (3)", "fu-follow-up"],
  ])("the row '%s' opens its section alone", (label, page) => {
    const row = rows.find((r) => textOf(r) === `› ${label}`);
    expect(row, rows.map(textOf).join("\n")).toBeDefined();
    expect(shownBy(row!.selectAction as ToggleVisibilityAction)).toEqual([page]);
  });

  it("one row per ground (a ground's parts share one), the checklist and the common follow-ups", () => {
    expect(rows).toHaveLength(12 + 2);
    expect(titlesOf(index)).toContain("Terug naar de basisvragen");
  });

  it("a ground in parts: numbered, 'Volgende' goes to its next part, 'Alle vervolgvragen' back to the list", () => {
    const first = byId(card, "fu-uitstroom_instelling-1")!;
    expect(textOf(first.items[0])).toBe("9. Uitstroom uit een erkende instelling (1/3)");
    expect(first.isVisible).toBe(false);
    const nav = navOf(first);
    expect(nav.map((a) => [a.title, shownBy(a)])).toEqual([
      ["Volgende", ["fu-uitstroom_instelling-2"]],
      ["Alle vervolgvragen", [FOLLOW_UP_INDEX_ID]],
    ]);
    expect(navOf(byId(card, "fu-uitstroom_instelling-2")!).map((a) => [a.title, shownBy(a)])).toEqual([
      ["Vorige", ["fu-uitstroom_instelling-1"]],
      ["Volgende", ["fu-uitstroom_instelling-3"]],
      ["Alle vervolgvragen", [FOLLOW_UP_INDEX_ID]],
    ]);
  });

  it("a ground in one part: only the way back to the list, and a move closes the page it leaves", () => {
    const nav = navOf(byId(card, "fu-medisch")!);
    expect(nav.map((a) => a.title)).toEqual(["Alle vervolgvragen"]);
    expect(nav[0]!.targetElements).toEqual([
      { elementId: "fu-medisch", isVisible: false },
      { elementId: FOLLOW_UP_INDEX_ID, isVisible: true },
    ]);
  });

  it("filled in before: the follow-ups start open and the ground's row says so", () => {
    const prefilled = cardWith({ grounds: ["inwoning"], lodgingYears: 3 });
    expect(byId(prefilled, FOLLOW_UP_ID)!.isVisible).toBeUndefined();
    const text = textOf(byId(prefilled, FOLLOW_UP_INDEX_ID));
    expect(text).toContain("6. Langdurige inwoning van een ouder met minderjarige kinderen in de regio (2) · ingevuld");
    expect(text).toContain("› 1. Medische gronden (1)\n");
  });

  it("in English too", () => {
    const en = snelcheckCard({ rulebook: gv, lang: "en", asOf: AS_OF, sections });
    expect(textOf(byId(en, FOLLOW_UP_INDEX_ID))).toContain("Follow-up questions: open what applies");
    expect(titlesOf(en)).toContain("Back to the basic questions");
  });
});

describe("one follow-up section (LV): shown at once, with the way back", () => {
  it("hides the basic pages when opened and has 'Terug naar de basisvragen'", () => {
    const lv = resolveRulebook("lv-zorgafhankelijk-2025", "2026-03-01");
    const card = snelcheckCard({
      rulebook: lv,
      lang: "nl",
      asOf: "2026-03-01",
      sections: snelcheckSections(lv, "2026-03-01"),
    });
    const wrapper = byId(card, FOLLOW_UP_ID)!;
    expect(textOf(wrapper.items[0])).toBe("Vervolgvragen (alleen als van toepassing)");
    expect(byId(card, FOLLOW_UP_INDEX_ID)).toBeUndefined();
    const back = navOf(wrapper)[0]!;
    expect([back.title, shownBy(back)]).toEqual(["Terug naar de basisvragen", ["section-core-1"]]);
  });
});
