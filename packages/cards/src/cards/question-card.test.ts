import { describe, expect, it } from "vitest";
import { allTypesFacts, factNamed, questionOf } from "../testing/fixtures.js";
import { allActions, executeByVerb, inputById, parseWithLibrary } from "../testing/validate.js";
import { questionCard } from "./question-card.js";

const base = { progress: { answered: 2, total: 9 }, rulebookTitle: "Testregeling" };

function cardFor(name: string, lang: "nl" | "en" = "nl", extra: object = {}) {
  return questionCard({ question: questionOf(factNamed(name)), lang, ...base, ...extra });
}

describe("questionCard inputs per answer type", () => {
  it("boolean: required yes/no radio buttons (not a toggle: untouched must not mean 'no')", () => {
    const input = inputById(cardFor("validId"), "validId");
    expect(input).toMatchObject({
      type: "Input.ChoiceSet",
      style: "expanded",
      isRequired: true,
      errorMessage: "Kies ja of nee.",
    });
    expect(input.choices).toEqual([
      { title: "Ja", value: "true" },
      { title: "Nee", value: "false" },
    ]);
    expect(inputById(cardFor("validId", "en"), "validId").errorMessage).toBe("Choose yes or no.");
  });

  it("number: Input.Number with min/max and the range in the error message", () => {
    expect(inputById(cardFor("yearsResident"), "yearsResident")).toMatchObject({
      type: "Input.Number",
      min: 0,
      max: 120,
      isRequired: true,
      errorMessage: "Vul een getal in. Toegestaan: 0 tot en met 120.",
    });
  });

  it("integer: says whole number", () => {
    expect(inputById(cardFor("minorChildren", "en"), "minorChildren").errorMessage).toBe(
      "Enter a whole number. Allowed: 0 to 30 inclusive.",
    );
  });

  it("choice: radio buttons up to 6 options, a dropdown beyond", () => {
    const few = inputById(cardFor("evictionReason"), "evictionReason");
    expect(few).toMatchObject({
      type: "Input.ChoiceSet",
      style: "expanded",
      isRequired: true,
      errorMessage: "Kies een van de opties.",
    });
    expect((few.choices as { value: string }[]).map((c) => c.value)).toEqual([
      "overlast",
      "fraude",
      "ondermijning",
      "huurschuld",
      "anders",
    ]);
    expect(few).not.toHaveProperty("isMultiSelect");
    const many = inputById(cardFor("targetLandlord", "en"), "targetLandlord");
    expect(many).toMatchObject({ style: "compact", placeholder: "Choose…" });
  });

  it("multi-choice: a multi-select ChoiceSet", () => {
    expect(inputById(cardFor("grounds"), "grounds")).toMatchObject({
      type: "Input.ChoiceSet",
      isMultiSelect: true,
      isRequired: true,
      errorMessage: "Kies ten minste één optie.",
    });
  });

  it("date and text", () => {
    expect(inputById(cardFor("evictionDate"), "evictionDate")).toMatchObject({
      type: "Input.Date",
      isRequired: true,
      errorMessage: "Kies een datum.",
    });
    expect(inputById(cardFor("residentOf", "en"), "residentOf")).toMatchObject({
      type: "Input.Text",
      isRequired: true,
      maxLength: 200,
      errorMessage: "Fill in this field.",
    });
  });

  it.each(allTypesFacts.map((f) => [f.answer, f] as const))(
    "%s: the input id is the fact name and the label the question",
    (_t, fact) => {
      for (const lang of ["nl", "en"] as const) {
        const card = questionCard({ question: questionOf(fact), lang, ...base });
        expect(inputById(card, fact.name).label).toBe(fact.question[lang]);
      }
    },
  );

  it("shows the help text and a previous answer", () => {
    const card = cardFor("validId", "en", { previousAnswer: false });
    expect(JSON.stringify(card.body)).toContain("Passport or ID card.");
    expect(inputById(card, "validId").value).toBe("false");
    expect(inputById(cardFor("grounds", "nl", { previousAnswer: ["medisch", "geweld"] }), "grounds").value).toBe(
      "medisch,geweld",
    );
    expect(inputById(cardFor("yearsResident", "nl", { previousAnswer: 7 }), "yearsResident").value).toBe(7);
  });
});

describe("questionCard actions and header", () => {
  it("answer, back, pause, cancel as Action.Execute with data { fact }", () => {
    const card = cardFor("validId");
    expect(allActions(card).map((a) => (a.type === "Action.Execute" ? [a.verb, a.data] : a.type))).toEqual([
      ["intake.answer", { fact: "validId" }],
      ["intake.back", { fact: "validId" }],
      ["intake.pause", { fact: "validId" }],
      ["intake.cancel", { fact: "validId" }],
    ]);
  });

  it("navigation does not submit (or validate) the unanswered input; answering does", () => {
    const card = cardFor("validId");
    expect(executeByVerb(card, "intake.answer")).not.toHaveProperty("associatedInputs");
    for (const verb of ["intake.back", "intake.pause", "intake.cancel"])
      expect(executeByVerb(card, verb).associatedInputs).toBe("none");
    // The official library understands the property (it writes it back).
    expect(JSON.stringify(parseWithLibrary(card).roundTrip)).toMatch(/"associatedInputs":"none"/i);
  });

  it("shows progress, rulebook and the running outcome", () => {
    const text = JSON.stringify(cardFor("validId", "nl", { runningOutcome: "not_eligible" }).body);
    expect(text).toContain("Vraag 3 van ongeveer 9");
    expect(text).toContain("Aanmelding: Testregeling");
    expect(text).toContain("Uitkomst tot nu toe: Komt niet in aanmerking");
    const en = questionCard({
      question: questionOf(factNamed("validId")),
      lang: "en",
      progress: { answered: 0 },
      rulebookTitle: { nl: "R", en: "Rulebook" },
    });
    expect(JSON.stringify(en.body)).toContain("Question 1");
    expect(JSON.stringify(en.body)).toContain("Aanmelding: Rulebook");
    expect(JSON.stringify(en.body)).not.toContain("of about");
  });
});
