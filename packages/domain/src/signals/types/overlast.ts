import { z } from "zod";
import { IsoDateSchema } from "../../common/iso-date.js";
import { t } from "../../common/localized.js";
import { envelopeShape } from "../envelope.js";
import { defineSignalType } from "../signal-type-module.js";

/** Kinds of nuisance, phrased as behaviour at the address: never as a diagnosis (that would be care data). */
export const OverlastKindSchema = z.enum([
  "geluid",
  "vervuiling",
  "stank",
  "agressie_intimidatie",
  "drugsoverlast",
  "huisdieren",
  "overig",
]);
export const OverlastSeveritySchema = z.enum(["licht", "matig", "ernstig"]);

export const OverlastSignalSchema = z.strictObject({
  ...envelopeShape,
  type: z.literal("overlast"),
  kind: OverlastKindSchema,
  /** Absent when the sender does not know since when. */
  since: IsoDateSchema.optional(),
  severity: OverlastSeveritySchema,
  /** Complaints received (by neighbours, police, the landlord's own staff). */
  reportsCount: z.number().int().min(0).max(1000).optional(),
  /** Police involved in this nuisance; a current fact about the address, not a justice history. */
  policeInvolved: z.boolean(),
  /** The sender's own words about the nuisance (category nuisance). */
  note: z.string().trim().min(1).max(1000).optional(),
});
export type OverlastSignal = z.infer<typeof OverlastSignalSchema>;

export const overlastModule = defineSignalType({
  type: "overlast",
  schema: OverlastSignalSchema,
  kenmerkPrefix: "OV",
  labels: { title: t("Overlast", "Nuisance"), cardTitle: t("Overlast", "Nuisance (overlast)") },
  // What and how bad first: the form asked them before "since" when it was written by hand.
  teamsForm: { position: 2, fieldOrder: ["kind", "severity"] },
  fields: {
    kind: {
      category: "nuisance",
      label: t("Soort overlast", "Kind of nuisance"),
      values: {
        geluid: t("geluid", "noise"),
        vervuiling: t("vervuiling", "pollution"),
        stank: t("stank", "smell"),
        agressie_intimidatie: t("agressie/intimidatie", "aggression/intimidation"),
        drugsoverlast: t("drugsoverlast", "drug nuisance"),
        huisdieren: t("huisdieren", "pets"),
        overig: t("overig", "other"),
      },
    },
    since: {
      category: "nuisance",
      label: t("Sinds", "Since"),
      ask: t("Overlast sinds (als je dat weet)", "Nuisance since (if known)"),
      // Huurachterstand asks "Achterstand sinds" under `since`; the form is one flat object.
      formId: "overlastSince",
    },
    severity: {
      category: "nuisance",
      label: t("Ernst", "Severity"),
      values: { licht: t("licht", "light"), matig: t("matig", "moderate"), ernstig: t("ernstig", "severe") },
    },
    reportsCount: {
      category: "nuisance",
      label: t("Aantal meldingen", "Number of reports"),
      ask: t("Aantal meldingen (als je dat weet)", "Number of reports (if known)"),
    },
    // A current fact about this nuisance; "justice" is the justitiële verleden (LV art. 10.6).
    policeInvolved: {
      category: "nuisance",
      label: t("Politie betrokken", "Police involved"),
      ask: t("Politie is betrokken", "Police are involved"),
    },
    note: { category: "nuisance", label: t("Toelichting", "Note") },
  },
  outcomes: [
    "opgelost",
    "doorverwezen",
    "ontruiming_voorkomen",
    "ontruimd",
    "geen_contact",
    "hulp_geweigerd",
    "herhaalde_melding",
    "onterecht_signaal",
  ],
  refine(signal, issue) {
    if (signal.since !== undefined && signal.since > signal.signalDate)
      issue("since", "ligt na de signaaldatum", "is after the signal date");
  },
});
