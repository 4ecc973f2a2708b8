import { describe, expect, it } from "vitest";
import type { z } from "zod";
import { envelopeFieldCategories, fieldCategories } from "./field-categories.js";
import { SignalOutcomeSchema } from "./outcomes.js";
import { signalTypeFormFields, signalTypeMessages, teamsFormSignalTypes } from "./signal-labels.js";
import type { SignalFieldSpec } from "./signal-type-module.js";
import { signalTypeModules } from "./signal-type-modules.js";
import { signalTypes } from "./signal-type.js";

/** Dotted leaf paths of a zod object schema, through optional/default wrappers (as field-categories.test.ts). */
function schemaPaths(schema: z.ZodType, prefix = ""): string[] {
  let current = schema as unknown as {
    _zod: { def: { type: string; innerType?: unknown; shape?: Record<string, z.ZodType> } };
  };
  while (current._zod.def.type === "optional" || current._zod.def.type === "default")
    current = current._zod.def.innerType as typeof current;
  const def = current._zod.def;
  if (def.type !== "object" || !def.shape) return [prefix];
  return Object.entries(def.shape).flatMap(([key, inner]) => schemaPaths(inner, prefix ? `${prefix}.${key}` : key));
}

const filled = (text: { nl: string; en: string } | undefined) =>
  !!text && text.nl.trim() !== "" && text.en.trim() !== "";

describe("every signal type module is complete (a new type cannot ship half-labelled)", () => {
  it("the enum is the modules' types, in the list's order", () => {
    expect(signalTypes).toEqual(signalTypeModules.map((m) => m.type));
  });

  it.each(signalTypeModules.map((m) => [m.type, m] as const))("%s", (type, module) => {
    const fields = module.fields as Readonly<Record<string, SignalFieldSpec>>;
    expect(module.schema.shape.type.parse(type), "schema's type literal").toBe(type);
    expect(filled(module.labels.title), "type title nl/en").toBe(true);
    // Every field beyond the envelope: a category and a label in both languages.
    const own = schemaPaths(module.schema).filter((p) => !(p in envelopeFieldCategories));
    expect(Object.keys(fields).sort()).toEqual(own.sort());
    for (const [path, spec] of Object.entries(fields)) {
      expect(fieldCategories, `${path} category`).toContain(spec.category);
      expect(filled(spec.label), `${path} label`).toBe(true);
    }
    // Every coded value a form or card shows has words.
    for (const field of signalTypeFormFields(type))
      for (const option of field.options ?? [])
        expect(filled(option.label), `${field.path}=${option.value}`).toBe(true);
    expect(module.outcomes.length, "outcome list").toBeGreaterThan(0);
    for (const outcome of module.outcomes) expect(SignalOutcomeSchema.options).toContain(outcome);
    expect(new Set(module.outcomes).size).toBe(module.outcomes.length);
    expect(module.kenmerkPrefix).toMatch(/^[A-Z]{2}$/);
  });

  it("kenmerk prefixes and Teams form places are unique", () => {
    const prefixes = signalTypeModules.map((m) => m.kenmerkPrefix);
    expect(new Set(prefixes).size).toBe(prefixes.length);
    const orders = signalTypeModules.flatMap((m) => (m.teamsForm ? [m.teamsForm.position] : []));
    expect(new Set(orders).size).toBe(orders.length);
  });

  it("types that share a field path give it the same label (a card labels a field without its type)", () => {
    const seen = new Map<string, { nl: string; en: string }>();
    for (const module of signalTypeModules)
      for (const [path, spec] of Object.entries(module.fields as Readonly<Record<string, SignalFieldSpec>>)) {
        const earlier = seen.get(path);
        if (earlier) expect(spec.label, `${module.type}.${path}`).toEqual(earlier);
        else seen.set(path, spec.label);
      }
    expect(seen.get("note")).toEqual({ nl: "Toelichting", en: "Note" });
  });

  it("each catalogue gets one signal.type entry per module", () => {
    expect(Object.keys(signalTypeMessages("en", "tab"))).toEqual(signalTypes.map((t) => `signal.type.${t}`));
    expect(signalTypeMessages("en", "cards")["signal.type.huurachterstand"]).toBe("Rent arrears (huurachterstand)");
    expect(signalTypeMessages("en", "tab")["signal.type.huurachterstand"]).toBe("Rent arrears");
    expect(signalTypeMessages("nl", "cards")["signal.type.geen_contact_huurder"]).toBe("Geen contact met de huurder");
  });
});

describe("form fields derived from each type's schema", () => {
  const shape = (type: (typeof signalTypes)[number]) =>
    signalTypeFormFields(type).map((f) => [f.id, f.kind, f.required]);

  it("the Teams form offers the five types a landlord melds, in the chooser's order", () => {
    expect(teamsFormSignalTypes).toEqual([
      "huurachterstand",
      "overlast",
      "afspraken_niet_nagekomen",
      "geen_contact_huurder",
      "ontruimingsvonnis",
    ]);
  });

  it("reads the kind from the zod type and required from optionality (a toggle never required)", () => {
    expect(shape("huurachterstand")).toEqual([
      ["monthsInArrears", "count", true],
      ["amountInArrears", "amount", true],
      ["since", "date", false],
      ["remindersSent", "count", false],
      ["paymentArrangement", "flag", false],
      ["courtStage", "enum", true],
      ["evictionDate", "date", false],
    ]);
    expect(shape("overlast")).toEqual([
      ["kind", "enum", true],
      ["severity", "enum", true],
      ["overlastSince", "date", false],
      ["reportsCount", "count", false],
      ["policeInvolved", "flag", false],
    ]);
    expect(shape("afspraken_niet_nagekomen")).toEqual([
      ["agreement", "enum", true],
      ["brokenOn", "date", true],
    ]);
    expect(shape("geen_contact_huurder")).toEqual([
      ["triedBy", "checklist", true],
      ["lastAttemptOn", "date", true],
    ]);
    expect(shape("ontruimingsvonnis")).toEqual([
      ["vonnisDate", "date", true],
      ["ontruimingsdatum", "date", false],
      ["ground", "enum", false],
    ]);
  });

  it("an enum's options keep the schema's order and their words; a checklist has one toggle id per value", () => {
    const court = signalTypeFormFields("huurachterstand").find((f) => f.id === "courtStage")!;
    expect(court.options!.map((o) => [o.value, o.label.nl])).toEqual([
      ["none", "geen"],
      ["dagvaarding", "dagvaarding"],
      ["vonnis", "vonnis"],
      ["ontruimingsdatum", "ontruimingsdatum bekend"],
    ]);
    const tried = signalTypeFormFields("geen_contact_huurder").find((f) => f.path === "triedBy")!;
    expect(tried.options!.map((o) => [o.value, o.id, o.label.nl])).toEqual([
      ["telefoon", "triedTelefoon", "Gebeld"],
      ["brief", "triedBrief", "Brief gestuurd"],
      ["email", "triedEmail", "E-mail gestuurd"],
      ["huisbezoek", "triedHuisbezoek", "Huisbezoek afgelegd"],
    ]);
  });

  it("leaves the common part (note) and the Wgs record (asked through the API) off a type's fields", () => {
    const paths = signalTypeFormFields("huurachterstand").map((f) => f.path);
    expect(paths).not.toContain("note");
    expect(paths.some((p) => p.startsWith("vroegsignalering"))).toBe(false);
  });
});
