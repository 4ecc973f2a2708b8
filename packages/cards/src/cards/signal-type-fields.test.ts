import { readFileSync } from "node:fs";
import { teamsFormSignalTypes } from "@convenantbot/domain";
import { describe, expect, it } from "vitest";
import { allInputs, schemaErrors } from "../testing/validate.js";
import { signalFormCard } from "./signal-form-card.js";
import { signalTypeFormInputs } from "./signal-type-fields.js";

/**
 * What the Teams form asked per type before the fields were derived from the modules
 * (written out of the hand-made `typeFormFields` in apps/bot/src/signals/signal-form.ts):
 * same ids, kinds, required flags, labels, choices and placeholders, so behaviour stays.
 */
const before = JSON.parse(readFileSync(new URL("./signal-type-fields.before.json", import.meta.url), "utf8")) as Record<
  string,
  unknown[]
>;

describe("signal form fields derived from each type's module", () => {
  it("covers every type the Teams form offers, and only those", () => {
    expect([...teamsFormSignalTypes].sort()).toEqual(Object.keys(before).sort());
  });

  it.each(teamsFormSignalTypes)("%s: the same fields the hand-written form had", (type) => {
    expect(signalTypeFormInputs(type)).toEqual(before[type]);
  });

  it.each(teamsFormSignalTypes)("%s: the form with its fields is a valid Adaptive Card 1.5", (type) => {
    const card = signalFormCard({
      types: [{ value: type, label: { nl: type, en: type } }],
      rulebookId: "kw-huisuitzetting-2019",
      fields: signalTypeFormInputs(type),
      lang: "nl",
    });
    expect(schemaErrors(card)).toEqual([]);
    expect(allInputs(card).map((i) => i.id)).toEqual(signalTypeFormInputs(type).map((f) => f.id));
  });
});
