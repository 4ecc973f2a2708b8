import { describe, expect, it } from "vitest";
import { formatSignalValue, labelOf } from "./signal-labels.js";

describe("signal values in the reader's language (issue 15)", () => {
  it.each([
    ["courtStage", "none", "nl", "geen"],
    ["courtStage", "none", "en", "none"],
    ["courtStage", "ontruimingsdatum", "nl", "ontruimingsdatum bekend"],
    ["kind", "agressie_intimidatie", "nl", "agressie/intimidatie"],
    ["severity", "ernstig", "en", "severe"],
    ["since", "2026-03-01", "nl", "1 maart 2026"],
    ["signalDate", "2026-12-02", "en", "2 December 2026"],
    ["amountInArrears", 1450.5, "nl", "€ 1.450,50"],
    ["amountInArrears", 1450.5, "en", "€1,450.50"],
    ["monthsInArrears", 3, "nl", "3"],
    ["paymentArrangement", false, "nl", "nee"],
    ["policeInvolved", true, "en", "yes"],
    ["tenant.name", "J. Jansen", "nl", "J. Jansen"],
    ["reasonCategory", "geen_contact", "nl", "geen contact met de huurder"],
    ["reasonCategory", "zorgorganisatie_gestopt", "en", "the care organisation stopped"],
    ["agreement", "hulpverleningstraject", "nl", "meewerken aan het hulpverleningstraject"],
    ["triedBy", ["telefoon", "huisbezoek"], "nl", "telefoon, huisbezoek"],
    ["triedBy", ["brief"], "en", "letter"],
    ["ground", "overlast", "en", "nuisance"],
    ["vonnisDate", "2026-02-15", "nl", "15 februari 2026"],
  ] as const)("%s = %j (%s) reads %j", (path, value, lang, shown) => {
    expect(formatSignalValue(path, value, lang).replace(/\u00a0/g, " ")).toBe(shown);
  });

  it("labels every field of every signal type in words, never the field's code name", async () => {
    const { classifiedFields, signalTypes } = await import("@convenantbot/domain");
    for (const type of signalTypes)
      for (const path of Object.keys(classifiedFields(type))) {
        if (
          ["type", "rulebook", "channel", "senderPartyId", "woonbegeleidingsovereenkomstAllowsNotice"].includes(path) ||
          path.startsWith("vroegsignalering.")
        )
          continue;
        expect(labelOf(path).nl, `${type}.${path}`).not.toBe(path);
      }
  });

  it("labels amounts without '(EUR)': the value carries the euro sign", () => {
    expect(labelOf("amountInArrears").nl).toBe("Bedrag achterstand");
  });
});
