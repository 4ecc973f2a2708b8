import { describe, expect, it } from "vitest";
import { allSamples } from "../testing/samples.js";
import { allActions, allInputs, executeByVerb, inputById } from "../testing/validate.js";
import { signalFormCard } from "./signal-form-card.js";

const form = allSamples().find((s) => s.name === "nl signal form")!.card;

describe("signalFormCard", () => {
  it("sends with signal.send and data { rulebook }", () => {
    expect(allActions(form)).toHaveLength(1);
    expect(executeByVerb(form, "signal.send")).toMatchObject({ data: { rulebook: "kw-huisuitzetting-2019" }, title: "Verstuur signaal" });
  });

  it("asks for the type first, required, then one input per field", () => {
    expect(allInputs(form).map((i) => [i.id, i.type])).toEqual([
      ["type", "Input.ChoiceSet"],
      ["months", "Input.Number"],
      ["since", "Input.Date"],
      ["reminderSent", "Input.Toggle"],
      ["court", "Input.ChoiceSet"],
      ["note", "Input.Text"],
    ]);
    expect(inputById(form, "type")).toMatchObject({ isRequired: true, errorMessage: "Kies de soort signaal.", value: "huurachterstand" });
  });

  it("marks required fields with a localized error message; a required toggle must be ticked", () => {
    expect(inputById(form, "months")).toMatchObject({ isRequired: true, errorMessage: "Vul een getal in.", value: 2 });
    expect(inputById(form, "reminderSent")).toMatchObject({
      isRequired: true,
      title: "Schriftelijke herinnering verstuurd",
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
    expect(inputById(form, "note").value).toBe("Eerste contact gehad");
  });

  it("preselects a single type and reads well in English", () => {
    const card = signalFormCard({ types: [{ value: "overlast", label: { nl: "Overlast", en: "Nuisance" } }], rulebookId: "kw", fields: [], lang: "en" });
    expect(inputById(card, "type").value).toBe("overlast");
    expect(JSON.stringify(card)).toContain("New signal");
    expect(JSON.stringify(card)).toContain("Send only what the recipient needs for its task.");
  });
});
