import { z } from "zod";
import { IsoDateSchema } from "../../common/iso-date.js";
import { t } from "../../common/localized.js";
import { envelopeShape } from "../envelope.js";
import { defineSignalType } from "../signal-type-module.js";

/** KW: the landlord always melds a court-ordered eviction to the Meldpunt Zorg en Overlast. */
export const OntruimingsvonnisSignalSchema = z.strictObject({
  ...envelopeShape,
  type: z.literal("ontruimingsvonnis"),
  vonnisDate: IsoDateSchema,
  /** Not always set yet when the vonnis is given. */
  ontruimingsdatum: IsoDateSchema.optional(),
  ground: z.enum(["huurachterstand", "overlast", "overig"]).optional(),
});
export type OntruimingsvonnisSignal = z.infer<typeof OntruimingsvonnisSignalSchema>;

export const ontruimingsvonnisModule = defineSignalType({
  type: "ontruimingsvonnis",
  schema: OntruimingsvonnisSignalSchema,
  kenmerkPrefix: "OT",
  labels: {
    title: t("Ontruimingsvonnis", "Eviction judgment"),
    cardTitle: t("Ontruimingsvonnis", "Eviction judgment (ontruimingsvonnis)"),
  },
  // KW's "altijd melden" triggers (seed 001, Verplichtingen 1); routing offers them to KW landlords only.
  teamsForm: { position: 5 },
  fields: {
    vonnisDate: {
      category: "process",
      label: t("Datum vonnis", "Date of the judgment"),
      ask: t("Datum van het vonnis", "Date of the judgment"),
    },
    ontruimingsdatum: {
      category: "process",
      label: t("Ontruimingsdatum", "Eviction date"),
      ask: t("Ontruimingsdatum (als die bekend is)", "Eviction date (if known)"),
    },
    ground: {
      category: "process",
      label: t("Grond van het vonnis", "Ground of the judgment"),
      values: {
        huurachterstand: t("huurachterstand", "rent arrears"),
        overlast: t("overlast", "nuisance"),
        overig: t("overig", "other"),
      },
    },
  },
  outcomes: ["ontruiming_voorkomen", "ontruimd", "betalingsregeling", "doorverwezen", "geen_contact"],
  refine(signal, issue) {
    if (signal.ontruimingsdatum && signal.ontruimingsdatum < signal.vonnisDate)
      issue("ontruimingsdatum", "ligt vóór de datum van het vonnis", "is before the date of the vonnis");
  },
  // The court has ruled: that is what this signal says.
  evictionImminent: () => true,
});
