import { describe, expect, it } from "vitest";
import type { ExecuteAction } from "../card-types.js";
import { allSamples } from "../testing/samples.js";
import { allActions, allInputs, executeByVerb, inputById } from "../testing/validate.js";
import { signalFormCard } from "./signal-form-card.js";

const sample = (name: string) => allSamples().find((s) => s.name === name)!.card;
const form = sample("nl signal form");
const chooser = sample("nl signal form choose type");

describe("signalFormCard", () => {
  it("without a chosen type: one button per type carrying the prefill, and Annuleer; no fields yet", () => {
    expect(allInputs(chooser)).toEqual([]);
    const buttons = allActions(chooser) as ExecuteAction[];
    expect(buttons.map((b) => [b.verb, b.title, b.data])).toEqual([
      [
        "signal.form",
        "Huurachterstand",
        { aanmeldingId: "3f2a9c1e-0000-4000-8000-000000000000", type: "huurachterstand" },
      ],
      ["signal.form", "Overlast", { aanmeldingId: "3f2a9c1e-0000-4000-8000-000000000000", type: "overlast" }],
      ["signal.cancel", "Annuleer", {}],
    ]);
    expect(JSON.stringify(chooser)).toContain("Waarover gaat het signaal?");
  });

  it("with a type: only its fields, sent with signal.send and data { rulebook, type }; Annuleer sends no inputs", () => {
    expect(executeByVerb(form, "signal.send")).toMatchObject({
      data: { rulebook: "kw-huisuitzetting-2019", type: "huurachterstand" },
      title: "Verstuur signaal",
    });
    expect(executeByVerb(form, "signal.cancel")).toMatchObject({ title: "Annuleer", associatedInputs: "none" });
    expect(allInputs(form).map((i) => [i.id, i.type])).toEqual([
      ["months", "Input.Number"],
      ["since", "Input.Date"],
      ["reminderSent", "Input.Toggle"],
      ["court", "Input.ChoiceSet"],
      ["amount", "Input.Text"],
      ["note", "Input.Text"],
    ]);
    expect(JSON.stringify(form)).toContain("Soort: Huurachterstand");
    expect(JSON.stringify(form)).toContain("⚠️ Klopt het bedrag?");
  });

  it("marks required fields with a localized error message; a toggle's words appear once", () => {
    const optional = signalFormCard({
      types: [{ value: "overlast", label: { nl: "Overlast", en: "Nuisance" } }],
      rulebookId: "kw",
      fields: [{ id: "police", label: { nl: "Politie betrokken", en: "Police" }, kind: "toggle" }],
      lang: "nl",
    });
    expect(inputById(optional, "police")).toMatchObject({ title: "Politie betrokken" });
    expect(inputById(optional, "police")).not.toHaveProperty("label");
    expect(inputById(form, "months")).toMatchObject({ isRequired: true, errorMessage: "Vul een getal in.", value: 2 });
    const toggle = inputById(form, "reminderSent");
    expect(toggle).toMatchObject({
      isRequired: true,
      label: "Schriftelijke herinnering verstuurd",
      title: "Ja",
      valueOn: "true",
      valueOff: "false",
      value: "true",
      errorMessage: "Vink dit aan om verder te gaan.",
    });
    expect(inputById(form, "since")).not.toHaveProperty("isRequired");
    expect(inputById(form, "court").choices).toEqual([
      { title: "Geen", value: "geen" },
      { title: "Dagvaarding", value: "dagvaarding" },
    ]);
    expect(inputById(form, "note")).toMatchObject({ value: "Eerste contact gehad", isMultiline: true });
    expect(inputById(form, "amount")).toMatchObject({ placeholder: "bijv. 1.450,50" });
    expect(JSON.stringify(form)).toContain("In euro's.");
  });

  it("goes straight to the fields of a single type and reads well in English", () => {
    const card = signalFormCard({
      types: [{ value: "overlast", label: { nl: "Overlast", en: "Nuisance" } }],
      rulebookId: "kw",
      fields: [],
      lang: "en",
    });
    expect(executeByVerb(card, "signal.send")).toMatchObject({ data: { rulebook: "kw", type: "overlast" } });
    expect(JSON.stringify(card)).toContain("New signal");
    expect(JSON.stringify(card)).toContain("Send only what the recipient needs for its task.");
    expect(JSON.stringify(card)).toContain("Type: Nuisance");
  });
});
