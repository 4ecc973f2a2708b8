import { z } from "zod";
import type { SignalFieldSpec } from "./signal-type-module.js";
import { signalTypeModules, type SignalType } from "./signal-type-modules.js";

/**
 * Every signal field belongs to exactly one category; privacy rules speak in categories.
 * "process" holds only facts about the procedure that identify nobody on their own
 * (type, dates of steps, stages, reason categories): what a recipient without a right to
 * personal data (the LV gemeente, art. 10.2) may count.
 */
export const FieldCategorySchema = z.enum([
  "identity",
  "contact",
  "financial",
  "nuisance",
  "care",
  "justice",
  "process",
]);
export type FieldCategory = z.infer<typeof FieldCategorySchema>;
export const fieldCategories: readonly FieldCategory[] = FieldCategorySchema.options;

/** Fields of the common envelope, by dotted path. */
export const envelopeFieldCategories: Readonly<Record<string, FieldCategory>> = {
  type: "process",
  rulebook: "process",
  channel: "process",
  senderPartyId: "process", // an organisation, not a person
  signalDate: "process",
  "tenant.aanmeldingId": "identity", // pseudonymous: still personal data under the AVG
  "tenant.name": "identity",
  "tenant.bsn": "identity",
  "tenant.postcode": "contact",
  "tenant.huisnummer": "contact",
  "tenant.huisnummertoevoeging": "contact",
  "tenant.phone": "contact",
  "tenant.email": "contact",
  careNotes: "care",
  justiceHistory: "justice",
};

/** Fields of each type beyond the envelope, from each type's module. */
export const typeFieldCategories: Readonly<Record<SignalType, Readonly<Record<string, FieldCategory>>>> =
  Object.fromEntries(
    signalTypeModules.map((m) => [
      m.type,
      Object.fromEntries(
        Object.entries(m.fields as Readonly<Record<string, SignalFieldSpec>>).map(([path, f]) => [path, f.category]),
      ),
    ]),
  ) as Record<SignalType, Readonly<Record<string, FieldCategory>>>;

const classifiedByType = new Map<SignalType, Readonly<Record<string, FieldCategory>>>();

/** All classified fields of a type, envelope first: the allow-list redaction copies from. */
export function classifiedFields(type: SignalType): Readonly<Record<string, FieldCategory>> {
  // Built once per type (both parts are module constants): it was merged anew for every card and batch row.
  let fields = classifiedByType.get(type);
  if (!fields) {
    fields = Object.freeze({ ...envelopeFieldCategories, ...typeFieldCategories[type] });
    classifiedByType.set(type, fields);
  }
  return fields;
}
