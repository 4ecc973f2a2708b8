import { z } from "zod";
import { IsoDateSchema } from "../../common/iso-date.js";
import { t } from "../../common/localized.js";
import { envelopeShape } from "../envelope.js";
import { defineSignalType } from "../signal-type-module.js";

/**
 * Reason categories for an early end of begeleiding. LV art. 8.1 allows telling the landlord
 * only "geen behandel- en inhoudelijke informatie": so categories, never free text.
 */
export const EindeBegeleidingReasonSchema = z.enum([
  "op_verzoek_huurder",
  "zorgorganisatie_gestopt",
  "indicatie_beeindigd",
  "geen_contact",
  "verhuisd",
  "overig",
]);

export const EindeBegeleidingSignalSchema = z.strictObject({
  ...envelopeShape,
  type: z.literal("einde_begeleiding"),
  endDate: IsoDateSchema,
  reasonCategory: EindeBegeleidingReasonSchema,
  /** LV art. 8.1: only when the woonbegeleidingsovereenkomst records that the landlord is told. */
  woonbegeleidingsovereenkomstAllowsNotice: z.boolean(),
});
export type EindeBegeleidingSignal = z.infer<typeof EindeBegeleidingSignalSchema>;

/** Art. 8.1 lets the landlord know that (and when) begeleiding ended, never why in substance. */
export const eindeBegeleidingModule = defineSignalType({
  type: "einde_begeleiding",
  schema: EindeBegeleidingSignalSchema,
  kenmerkPrefix: "EB",
  labels: { title: t("Einde begeleiding", "End of support"), cardTitle: t("Einde begeleiding", "End of begeleiding") },
  fields: {
    endDate: { category: "process", label: t("Einddatum begeleiding", "End of support") },
    reasonCategory: {
      category: "process",
      label: t("Reden (soort)", "Reason (kind)"),
      values: {
        op_verzoek_huurder: t("op verzoek van de huurder", "at the tenant's request"),
        zorgorganisatie_gestopt: t("de zorgorganisatie is gestopt", "the care organisation stopped"),
        indicatie_beeindigd: t("indicatie beëindigd", "care indication ended"),
        geen_contact: t("geen contact met de huurder", "no contact with the tenant"),
        verhuisd: t("de huurder is verhuisd", "the tenant moved"),
        overig: t("overig", "other"),
      },
    },
    woonbegeleidingsovereenkomstAllowsNotice: {
      category: "process",
      label: t("Woonbegeleidingsovereenkomst staat melden toe", "Support agreement allows notice"),
    },
  },
  outcomes: ["begeleiding_hervat", "andere_begeleiding", "doorverwezen", "huurovereenkomst_ontbonden", "geen_contact"],
});
