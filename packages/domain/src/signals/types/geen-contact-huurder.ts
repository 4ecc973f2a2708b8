import { z } from "zod";
import { IsoDateSchema } from "../../common/iso-date.js";
import { t } from "../../common/localized.js";
import { envelopeShape } from "../envelope.js";
import { defineSignalType } from "../signal-type-module.js";

export const ContactAttemptSchema = z.enum(["telefoon", "brief", "email", "huisbezoek"]);
export type ContactAttempt = z.infer<typeof ContactAttemptSchema>;

/**
 * KW: the landlord always melds to the Meldpunt Zorg en Overlast when no contact with the
 * tenant can be made. How it tried tells the Meldpunt what is left to try (a huisbezoek).
 */
export const GeenContactHuurderSignalSchema = z.strictObject({
  ...envelopeShape,
  type: z.literal("geen_contact_huurder"),
  triedBy: z.array(ContactAttemptSchema).min(1).max(4),
  lastAttemptOn: IsoDateSchema,
  note: z.string().trim().min(1).max(1000).optional(),
});
export type GeenContactHuurderSignal = z.infer<typeof GeenContactHuurderSignalSchema>;

export const geenContactHuurderModule = defineSignalType({
  type: "geen_contact_huurder",
  schema: GeenContactHuurderSignalSchema,
  kenmerkPrefix: "GC",
  labels: { title: t("Geen contact met de huurder", "No contact with the tenant") },
  // KW's "altijd melden" triggers (seed 001, Verplichtingen 1); routing offers them to KW landlords only.
  teamsForm: { position: 4 },
  fields: {
    triedBy: {
      category: "process",
      label: t("Contact geprobeerd via", "Contact tried by"),
      ask: t("Hoe je contact hebt geprobeerd", "How you tried to make contact"),
      values: {
        telefoon: t("telefoon", "phone"),
        brief: t("brief", "letter"),
        email: t("e-mail", "email"),
        huisbezoek: t("huisbezoek", "home visit"),
      },
      // One toggle each: Adaptive Cards have no reliable multi-select in Teams mobile.
      toggles: {
        telefoon: { id: "triedTelefoon", ask: t("Gebeld", "Phoned") },
        brief: { id: "triedBrief", ask: t("Brief gestuurd", "Sent a letter") },
        email: { id: "triedEmail", ask: t("E-mail gestuurd", "Sent an email") },
        huisbezoek: { id: "triedHuisbezoek", ask: t("Huisbezoek afgelegd", "Visited the home") },
      },
    },
    lastAttemptOn: {
      category: "process",
      label: t("Laatste poging", "Last attempt"),
      ask: t("Laatste poging tot contact", "Last attempt at contact"),
    },
    note: { category: "contact", label: t("Toelichting", "Note") },
  },
  outcomes: ["opgelost", "doorverwezen", "hulp_geweigerd", "geen_contact", "herhaalde_melding", "onterecht_signaal"],
  refine(signal, issue) {
    if (signal.lastAttemptOn > signal.signalDate)
      issue("lastAttemptOn", "ligt na de signaaldatum", "is after the signal date");
    if (new Set(signal.triedBy).size !== signal.triedBy.length)
      issue("triedBy", "noemt een manier twee keer", "names a way twice");
  },
});
