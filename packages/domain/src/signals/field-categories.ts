import { z } from "zod";
import type { SignalType } from "./signal-type.js";

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

/** Fields of each type beyond the envelope. */
export const typeFieldCategories: Readonly<Record<SignalType, Readonly<Record<string, FieldCategory>>>> = {
  huurachterstand: {
    monthsInArrears: "financial",
    amountInArrears: "financial",
    since: "financial",
    remindersSent: "financial",
    paymentArrangement: "financial",
    // The stage of the civil procedure, needed by every recipient and countable without identity.
    courtStage: "process",
    evictionDate: "process",
    "vroegsignalering.personalContactTried": "process",
    "vroegsignalering.pointedToSchuldhulp": "process",
    "vroegsignalering.writtenReminderOfferedDataSharing": "process",
    "vroegsignalering.tenantObjected": "process",
    "vroegsignalering.warmeOverdracht": "process",
    // Free text about the arrears: as private as the figures it explains.
    note: "financial",
  },
  overlast: {
    kind: "nuisance",
    since: "nuisance",
    severity: "nuisance",
    reportsCount: "nuisance",
    // A current fact about this nuisance; "justice" is the justitiële verleden (LV art. 10.6).
    policeInvolved: "nuisance",
    note: "nuisance",
  },
  einde_begeleiding: {
    // Art. 8.1 lets the landlord know that (and when) begeleiding ended, never why in substance.
    endDate: "process",
    reasonCategory: "process",
    woonbegeleidingsovereenkomstAllowsNotice: "process",
  },
  weigering_begeleiding: {
    refusedSince: "process",
    woonbegeleidingsovereenkomstAllowsNotice: "process",
  },
  ontruimingsvonnis: {
    vonnisDate: "process",
    ontruimingsdatum: "process",
    ground: "process",
  },
  afspraken_niet_nagekomen: {
    // Which condition was broken and when: the procedure, countable without identity.
    agreement: "process",
    brokenOn: "process",
    // Free text may name a payment or a care appointment: as private as the arrears.
    note: "financial",
  },
  geen_contact_huurder: {
    triedBy: "process",
    lastAttemptOn: "process",
    note: "contact",
  },
};

/** All classified fields of a type, envelope first: the allow-list redaction copies from. */
export function classifiedFields(type: SignalType): Readonly<Record<string, FieldCategory>> {
  return { ...envelopeFieldCategories, ...typeFieldCategories[type] };
}
