import { describe, expect, it } from "vitest";
import { t } from "@convenantbot/domain";
import { allTypesFacts, factNamed, questionOf } from "../testing/fixtures.js";
import { allActions, executeByVerb, inputById, schemaErrors } from "../testing/validate.js";
import { answerLabel } from "../format/answer-label.js";
import { CHECKLIST_NONE, parseChecklist } from "./checklist-input.js";
import {
  changeAnswerCard,
  confirmCancelCard,
  notEligibleActions,
  pausedIntakeCard,
  replaceIntakeCard,
} from "./keep-work-cards.js";
import { questionCard } from "./question-card.js";

const answered = [
  { fact: "validId", question: t("Heeft de kandidaat een geldig identiteitsbewijs?", "Valid ID?"), answer: "Ja" },
  { fact: "yearsResident", question: t("Hoeveel jaar woont de kandidaat in de gemeente?", "Years?"), answer: "7" },
];

describe("cards that keep the caseworker's work", () => {
  it("cancel asks first: 'Ja, annuleer' and 'Nee, ga verder', with the revision, no inputs sent", () => {
    const card = confirmCancelCard({ answered: 4, rev: 7, lang: "nl" });
    expect(schemaErrors(card)).toEqual([]);
    expect(JSON.stringify(card.body)).toContain("Je antwoorden (4) gaan dan verloren");
    expect(
      allActions(card).map((a) => [
        a.title,
        a.type === "Action.Execute" ? a.verb : "",
        a.type === "Action.Execute" ? a.data : {},
      ]),
    ).toEqual([
      ["Ja, annuleer", "intake.abort", { rev: 7 }],
      ["Nee, ga verder", "intake.resume", { rev: 7 }],
    ]);
    expect(JSON.stringify(card.body)).toContain("ja / nee");
  });

  it("a new intake beside a paused one: continue it or start over with the rulebook asked for", () => {
    const card = replaceIntakeCard({
      paused: true,
      rulebookTitle: "LV",
      answered: 3,
      restart: { rulebook: "lv-zorgafhankelijk-2025" },
      lang: "nl",
    });
    expect(schemaErrors(card)).toEqual([]);
    expect(JSON.stringify(card.body)).toContain("gepauzeerde aanmelding onder LV (3 beantwoord)");
    expect(executeByVerb(card, "intake.resume").title).toBe("Ga verder met de gepauzeerde");
    expect(executeByVerb(card, "intake.restart")).toMatchObject({
      title: "Begin opnieuw",
      data: { rulebook: "lv-zorgafhankelijk-2025" },
    });
  });

  it("'Wijzig een antwoord' lists every answered question with its earlier answer", () => {
    const card = changeAnswerCard({ answered, rev: 2, lang: "nl", ended: true });
    expect(schemaErrors(card)).toEqual([]);
    const input = inputById(card, "goto");
    expect(input).toMatchObject({ isRequired: true, type: "Input.ChoiceSet" });
    expect(input.choices).toEqual([
      { title: "Heeft de kandidaat een geldig identiteitsbewijs? — Ja", value: "validId" },
      { title: "Hoeveel jaar woont de kandidaat in de gemeente? — 7", value: "yearsResident" },
    ]);
    expect(executeByVerb(card, "intake.goto").data).toEqual({ rev: 2 });
    expect(executeByVerb(card, "intake.resume").title).toBe("Terug naar de uitkomst");
  });

  it("a paused intake has a resume button", () => {
    const card = pausedIntakeCard({ rulebookTitle: "KW", answered: 3, lang: "en" });
    expect(schemaErrors(card)).toEqual([]);
    expect(executeByVerb(card, "intake.resume").title).toBe("Resume");
    expect(JSON.stringify(card.body)).toContain("3 answered · not submitted yet");
  });

  it("a not-eligible result offers changing an answer and a new intake", () => {
    const extra = notEligibleActions({ rev: 3, rulebook: "kw", lang: "nl" });
    expect(extra.actions.map((a) => [a.title, a.verb, a.data])).toEqual([
      ["Wijzig een antwoord", "intake.change", { rev: 3 }],
      ["Nieuwe aanmelding", "intake.restart", { rulebook: "kw" }],
    ]);
  });
});

describe("the one intake card", () => {
  it("summarises the answers so far at the top and offers 'Wijzig een antwoord'", () => {
    const card = questionCard({
      question: questionOf(factNamed("minorChildren")),
      lang: "nl",
      progress: { answered: 2 },
      rulebookTitle: "KW",
      answered,
      revision: 2,
    });
    expect(schemaErrors(card)).toEqual([]);
    const body = JSON.stringify(card.body);
    expect(body).toContain("Beantwoord (2):");
    expect(body).toContain("**Ja**");
    expect(body).toContain("**7**");
    expect(executeByVerb(card, "intake.change").associatedInputs).toBe("none");
    expect(executeByVerb(card, "intake.answer").data).toEqual({ fact: "minorChildren", rev: 2 });
  });

  it("names only the last three answers and counts the rest", () => {
    const many = Array.from({ length: 8 }, (_, i) => ({
      fact: `f${i}`,
      question: t(`Vraag ${i}?`, `Q ${i}?`),
      answer: "Nee",
    }));
    const body = JSON.stringify(
      questionCard({
        question: questionOf(factNamed("validId")),
        lang: "nl",
        progress: { answered: 8 },
        rulebookTitle: "KW",
        answered: many,
      }).body,
    );
    expect(body).toContain("en 5 eerdere");
    expect(body).toContain("Vraag 7?");
    expect(body).not.toContain("Vraag 4?");
  });

  it("advertises typed answers", () => {
    expect(
      JSON.stringify(
        questionCard({
          question: questionOf(factNamed("validId")),
          lang: "nl",
          progress: { answered: 0 },
          rulebookTitle: "KW",
        }).body,
      ),
    ).toContain("Je kunt ook typen: ja / nee.");
    expect(
      JSON.stringify(
        questionCard({
          question: questionOf(factNamed("yearsResident")),
          lang: "en",
          progress: { answered: 0 },
          rulebookTitle: "KW",
        }).body,
      ),
    ).toContain("You can also type");
  });

  it("shows the earlier answer in words when a question is asked again", () => {
    const card = questionCard({
      question: questionOf(factNamed("validId")),
      lang: "nl",
      progress: { answered: 0 },
      rulebookTitle: "KW",
      previousAnswer: false,
    });
    expect(JSON.stringify(card.body)).toContain("Je eerdere antwoord: Nee.");
    expect(inputById(card, "validId").value).toBe("false");
  });

  it("a group of yes/no questions is one required checklist with 'Geen van deze'", () => {
    const a = questionOf(factNamed("validId"));
    const b = { ...a, fact: "otherFlag", text: t("Is er iets anders?", "Anything else?") };
    const card = questionCard({
      question: a,
      lang: "nl",
      progress: { answered: 0 },
      rulebookTitle: "KW",
      revision: 0,
      group: { id: "excl", title: t("Uitsluitingen", "Exclusions"), questions: [a, b] },
    });
    expect(schemaErrors(card)).toEqual([]);
    const input = inputById(card, "checklist");
    expect(input).toMatchObject({ isMultiSelect: true, isRequired: true, style: "expanded" });
    expect((input.choices as { value: string }[]).map((c) => c.value)).toEqual([
      "validId",
      "otherFlag",
      CHECKLIST_NONE,
    ]);
    expect((input.choices as { title: string }[]).at(-1)?.title).toBe("Geen van deze");
    expect(executeByVerb(card, "intake.answer").data).toEqual({
      fact: "validId",
      rev: 0,
      group: "excl",
      facts: ["validId", "otherFlag"],
    });
  });
});

describe("parseChecklist", () => {
  const facts = ["a", "b", "c"];
  it.each([
    ["none", { a: false, b: false, c: false }],
    ["a,c", { a: true, b: false, c: true }],
    ["b", { a: false, b: true, c: false }],
  ])("%s → %j", (raw, values) => {
    expect(parseChecklist(facts, raw, "nl")).toEqual({ status: "answered", values });
  });
  it.each([[""], ["none,a"], ["a,zzz"], [undefined]])("%s is refused", (raw) => {
    expect(parseChecklist(facts, raw, "nl").status).toBe("invalid");
  });
});

describe("answerLabel", () => {
  it.each([
    ["validId", true, "Ja"],
    ["validId", false, "Nee"],
    ["yearsResident", 1450.5, "1.450,5"],
    ["evictionReason", "overlast", "Overlast"],
    ["evictionDate", "2026-03-01", "1 maart 2026"],
  ])("%s %j → %s", (fact, value, label) => {
    expect(answerLabel(questionOf(factNamed(fact)), value, "nl")).toBe(label);
  });
  it("knows every fixture type", () => {
    for (const f of allTypesFacts) expect(answerLabel(questionOf(f), undefined, "en")).toBe("Unknown");
  });
});

describe("the snelcheck in sections", () => {
  it("one page open at a time, Vorige / Volgende between pages, follow-ups hidden behind 'Toon vervolgvragen' unless prefilled", async () => {
    const { snelcheckCard } = await import("./snelcheck-card.js");
    const { resolveRulebook, snelcheckSections } = await import("@convenantbot/domain");
    const lv = resolveRulebook("lv-zorgafhankelijk-2025", "2026-03-01");
    const sections = snelcheckSections(lv, "2026-03-01");
    const card = snelcheckCard({ rulebook: lv, lang: "nl", asOf: "2026-03-01", sections });
    expect(schemaErrors(card)).toEqual([]);
    const containers = card.body.filter((e) => e.type === "Container") as {
      id?: string;
      isVisible?: boolean;
      items: { type: string; text?: string; actions?: { title: string; targetElements: unknown }[] }[];
    }[];
    expect(containers.map((c) => [c.id, c.isVisible ?? true])).toEqual([
      ["section-core-1", true],
      ["section-core-2", false],
      ["section-core-3", false],
      ["section-core-4", false],
      ["section-core-5", false],
      ["section-lv-uitsluitingen", false],
      ["section-follow-up", false],
    ]);
    const pages = containers.slice(0, 6);
    expect(pages.map((c) => c.items[0]?.text)).toEqual(
      [1, 2, 3, 4, 5]
        .map((n) => `Stap ${n} van 6: Basisvragen`)
        .concat("Stap 6 van 6: Geldt een van deze situaties voor de kandidaat?"),
    );
    // Each page's buttons show the page before or after it and hide all the others.
    const nav = (page: number) => pages[page]!.items.find((i) => i.type === "ActionSet")?.actions ?? [];
    const shown = (action: { targetElements: unknown }) =>
      (action.targetElements as { elementId: string; isVisible: boolean }[])
        .filter((t) => t.isVisible)
        .map((t) => t.elementId);
    expect(nav(0).map((a) => a.title)).toEqual(["Volgende"]);
    expect(shown(nav(0)[0]!)).toEqual(["section-core-2"]);
    expect(nav(2).map((a) => [a.title, shown(a)])).toEqual([
      ["Vorige", ["section-core-2"]],
      ["Volgende", ["section-core-4"]],
    ]);
    expect(nav(5).map((a) => a.title)).toEqual(["Vorige"]);
    // The exclusions are one optional checklist with "Geen van deze"; their facts are not asked one by one.
    const checklist = inputById(card, "checklist-lv-uitsluitingen");
    expect(checklist).toMatchObject({ isMultiSelect: true, style: "expanded" });
    expect(checklist).not.toHaveProperty("isRequired");
    expect((checklist.choices as { value: string }[]).map((c) => c.value)).toEqual([
      "transgressiveBehaviour",
      "hasSuitableHousing",
      "needsIntramuralCare",
      "evictedLast3Years",
      "tbsMeasure",
      "none",
    ]);
    expect(() => inputById(card, "tbsMeasure")).toThrow();
    const toggle = allActions(card).find((a) => a.type === "Action.ToggleVisibility" && a.title.startsWith("Toon"));
    expect(toggle?.title).toMatch(/^Toon vervolgvragen \(\d+\)$/);
    // Every other fact is still on the form, once.
    expect(inputById(card, "evictionReason")).toBeDefined();
    const prefilled = snelcheckCard({
      rulebook: lv,
      lang: "nl",
      asOf: "2026-03-01",
      sections,
      prefill: { evictionReason: "overlast" },
    });
    expect(
      (prefilled.body.find((e) => e.type === "Container" && e.id === "section-follow-up") as { isVisible?: boolean })
        .isVisible,
    ).toBeUndefined();
  });
});
