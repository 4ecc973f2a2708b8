import { z } from "zod";
import { IsoDateSchema } from "../../common/iso-date.js";
import { t } from "../../common/localized.js";
import { envelopeShape } from "../envelope.js";
import { defineSignalType } from "../signal-type-module.js";

/**
 * Which agreement the tenant did not keep. KW names the conditions a tenant keeps to stay
 * housed: cooperate with the hulpverleningstraject and pay the current rent from the moment
 * of aanmelding; a betalingsregeling is the agreement a landlord most often makes itself.
 */
export const BrokenAgreementSchema = z.enum(["lopende_huur", "betalingsregeling", "hulpverleningstraject", "overig"]);
export type BrokenAgreement = z.infer<typeof BrokenAgreementSchema>;

/** KW: the landlord always melds to the Meldpunt Zorg en Overlast when the tenant does not keep agreements. */
export const AfsprakenNietNagekomenSignalSchema = z.strictObject({
  ...envelopeShape,
  type: z.literal("afspraken_niet_nagekomen"),
  agreement: BrokenAgreementSchema,
  /** The day the landlord saw the agreement broken (a missed payment, a missed appointment). */
  brokenOn: IsoDateSchema,
  note: z.string().trim().min(1).max(1000).optional(),
});
export type AfsprakenNietNagekomenSignal = z.infer<typeof AfsprakenNietNagekomenSignalSchema>;

export const afsprakenNietNagekomenModule = defineSignalType({
  type: "afspraken_niet_nagekomen",
  schema: AfsprakenNietNagekomenSignalSchema,
  kenmerkPrefix: "AN",
  labels: { title: t("Afspraken niet nagekomen", "Agreements not kept") },
  // KW's "altijd melden" triggers (seed 001, Verplichtingen 1); routing offers them to KW landlords only.
  teamsForm: { position: 3 },
  fields: {
    // Which condition was broken and when: the procedure, countable without identity.
    agreement: {
      category: "process",
      label: t("Afspraak niet nagekomen", "Agreement not kept"),
      ask: t("Welke afspraak is niet nagekomen?", "Which agreement was not kept?"),
      values: {
        lopende_huur: t("de lopende huur betalen", "paying the current rent"),
        betalingsregeling: t("de betalingsregeling", "the payment arrangement"),
        hulpverleningstraject: t("meewerken aan het hulpverleningstraject", "cooperating with the support programme"),
        overig: t("een andere afspraak", "another agreement"),
      },
    },
    brokenOn: {
      category: "process",
      label: t("Niet nagekomen op", "Not kept on"),
      ask: t("Wanneer bleek dat?", "When did that show?"),
    },
    // Free text may name a payment or a care appointment: as private as the arrears.
    note: { category: "financial", label: t("Toelichting", "Note") },
  },
  outcomes: [
    "opgelost",
    "betalingsregeling",
    "doorverwezen",
    "ontruiming_voorkomen",
    "ontruimd",
    "hulp_geweigerd",
    "geen_contact",
    "herhaalde_melding",
    "onterecht_signaal",
  ],
  refine(signal, issue) {
    if (signal.brokenOn > signal.signalDate) issue("brokenOn", "ligt na de signaaldatum", "is after the signal date");
  },
});
