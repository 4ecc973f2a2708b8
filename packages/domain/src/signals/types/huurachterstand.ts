import { z } from "zod";
import { EuroAmountSchema, formatEuros } from "../../common/euro.js";
import { IsoDateSchema } from "../../common/iso-date.js";
import { t } from "../../common/localized.js";
import { envelopeShape } from "../envelope.js";
import { implausibleArrears } from "../plausibility.js";
import { defineSignalType } from "../signal-type-module.js";

/** Stage of the eviction procedure; vonnis and ontruimingsdatum mean eviction is imminent (Wgs art. 4). */
export const CourtStageSchema = z.enum(["none", "dagvaarding", "vonnis", "ontruimingsdatum"]);
export type CourtStage = z.infer<typeof CourtStageSchema>;

/**
 * What the landlord did before a Wgs vroegsignaal (Besluit gemeentelijke schuldhulpverlening
 * art. 2). Each flag is optional so that a refusal can name every missing one.
 */
export const VroegsignaleringRecordSchema = z.strictObject({
  personalContactTried: z.boolean().optional(),
  pointedToSchuldhulp: z.boolean().optional(),
  /** At least one written reminder offered to pass the data to the gemeente. */
  writtenReminderOfferedDataSharing: z.boolean().optional(),
  /** The tenant refused that (opt-out): then nothing may be passed. */
  tenantObjected: z.boolean().optional(),
  /** The landlord already spoke with the tenant and asks the gemeente to pick it up (VNG: warmeOverdracht). */
  warmeOverdracht: z.boolean().optional(),
});
export type VroegsignaleringRecord = z.infer<typeof VroegsignaleringRecordSchema>;

export const HuurachterstandSignalSchema = z.strictObject({
  ...envelopeShape,
  type: z.literal("huurachterstand"),
  monthsInArrears: z.number().min(0).max(240),
  /** Euros, cents allowed; the VNG export rounds to whole euros. */
  amountInArrears: EuroAmountSchema,
  /** When the arrears arose (VNG: ontstaansdatum); absent when the sender does not know. */
  since: IsoDateSchema.optional(),
  /** Absent when not filled in: unknown is not "0 aanmaningen". */
  remindersSent: z.number().int().min(0).max(100).optional(),
  paymentArrangement: z.boolean(),
  courtStage: CourtStageSchema,
  evictionDate: IsoDateSchema.optional(),
  vroegsignalering: VroegsignaleringRecordSchema.optional(),
  /** The sender's own words about the arrears (category financial: seen by whoever sees the figures). */
  note: z.string().trim().min(1).max(1000).optional(),
});
export type HuurachterstandSignal = z.infer<typeof HuurachterstandSignalSchema>;

// Every record field is procedure: what the landlord did before the vroegsignaal (Wgs).
const wgsStep = (nl: string, en: string) => ({ category: "process" as const, label: t(nl, en) });

export const huurachterstandModule = defineSignalType({
  type: "huurachterstand",
  schema: HuurachterstandSignalSchema,
  kenmerkPrefix: "HA",
  labels: {
    title: t("Huurachterstand", "Rent arrears"),
    cardTitle: t("Huurachterstand", "Rent arrears (huurachterstand)"),
  },
  teamsForm: { position: 1 },
  fields: {
    monthsInArrears: { category: "financial", label: t("Maanden achterstand", "Months in arrears") },
    amountInArrears: {
      category: "financial",
      label: t("Bedrag achterstand", "Amount in arrears"),
      ask: t("Bedrag achterstand (euro)", "Amount in arrears (euro)"),
      placeholder: t("bijv. 1.450,50", "e.g. 1450.50"),
    },
    since: {
      category: "financial",
      label: t("Sinds", "Since"),
      ask: t("Achterstand sinds (als je dat weet)", "In arrears since (if known)"),
    },
    remindersSent: {
      category: "financial",
      label: t("Aanmaningen verstuurd", "Reminders sent"),
      ask: t("Aantal aanmaningen verstuurd (als je dat weet)", "Reminders sent (if known)"),
    },
    paymentArrangement: {
      category: "financial",
      label: t("Betalingsregeling", "Payment arrangement"),
      ask: t("Er is een betalingsregeling", "There is a payment arrangement"),
    },
    // The stage of the civil procedure, needed by every recipient and countable without identity.
    courtStage: {
      category: "process",
      label: t("Gerechtelijke fase", "Court stage"),
      values: {
        none: t("geen", "none"),
        dagvaarding: t("dagvaarding", "summons"),
        vonnis: t("vonnis", "judgment"),
        ontruimingsdatum: t("ontruimingsdatum bekend", "eviction date set"),
      },
    },
    evictionDate: {
      category: "process",
      label: t("Ontruimingsdatum", "Eviction date"),
      ask: t("Ontruimingsdatum (bij een vastgestelde datum)", "Eviction date (when set)"),
    },
    "vroegsignalering.personalContactTried": wgsStep("Persoonlijk contact gezocht", "Personal contact tried"),
    "vroegsignalering.pointedToSchuldhulp": wgsStep("Gewezen op schuldhulp", "Pointed to debt help"),
    "vroegsignalering.writtenReminderOfferedDataSharing": wgsStep(
      "Schriftelijk aangeboden gegevens te delen",
      "Offered in writing to share data",
    ),
    "vroegsignalering.tenantObjected": wgsStep("Huurder maakte bezwaar", "Tenant objected"),
    "vroegsignalering.warmeOverdracht": wgsStep("Warme overdracht", "Warm hand-over"),
    // Free text about the arrears: as private as the figures it explains.
    note: { category: "financial", label: t("Toelichting", "Note") },
  },
  outcomes: [
    "opgelost",
    "betalingsregeling",
    "doorverwezen",
    "ontruiming_voorkomen",
    "ontruimd",
    "geen_contact",
    "hulp_geweigerd",
    "al_bekend_schuldhulp",
    "herhaalde_melding",
    "onterecht_signaal",
  ],
  refine(signal, issue) {
    if (signal.since !== undefined && signal.since > signal.signalDate)
      issue("since", "ligt na de signaaldatum", "is after the signal date");
    if (signal.courtStage === "ontruimingsdatum" && !signal.evictionDate)
      issue(
        "evictionDate",
        "is verplicht bij rechtsfase 'ontruimingsdatum'",
        "is required with court stage 'ontruimingsdatum'",
      );
    if (signal.evictionDate && (signal.courtStage === "none" || signal.courtStage === "dagvaarding"))
      issue("evictionDate", "kan pas na een vonnis", "only exists after a vonnis");
  },
  evictionImminent: (signal) => signal.courtStage === "vonnis" || signal.courtStage === "ontruimingsdatum",
  vng: (signal) => ({
    warmeOverdracht: signal.vroegsignalering?.warmeOverdracht ?? false,
    bedrag: Math.round(signal.amountInArrears),
    ...(signal.since ? { ontstaansdatum: signal.since } : {}),
  }),
  confirm({ monthsInArrears, amountInArrears }) {
    const why = implausibleArrears({ monthsInArrears, amountInArrears });
    if (!why || amountInArrears === undefined) return undefined;
    return t(
      `Klopt ${formatEuros(amountInArrears, "nl")} voor ${monthsInArrears} maanden? Dat is ${why.nl}. Pas het bedrag aan, of vink 'Het bedrag klopt' aan en verstuur opnieuw.`,
      `Is ${formatEuros(amountInArrears, "en")} for ${monthsInArrears} months right? That is ${why.en}. Correct the amount, or tick 'The amount is right' and send again.`,
    );
  },
});
