import { z } from "zod";
import { IsoDateSchema } from "../../common/iso-date.js";
import { t } from "../../common/localized.js";
import { envelopeShape } from "../envelope.js";
import { defineSignalType } from "../signal-type-module.js";

/** LV art. 10.5: the zorgorganisatie reports a refusal of begeleiding to the landlord (grounds for 4.14). */
export const WeigeringBegeleidingSignalSchema = z.strictObject({
  ...envelopeShape,
  type: z.literal("weigering_begeleiding"),
  refusedSince: IsoDateSchema,
  /**
   * Ignored, kept so earlier signals still parse: art. 10 lid 5 makes the reporting clause
   * mandatory content of every woonbegeleidingsovereenkomst, so no per-case flag is needed.
   */
  woonbegeleidingsovereenkomstAllowsNotice: z.boolean().optional(),
});
export type WeigeringBegeleidingSignal = z.infer<typeof WeigeringBegeleidingSignalSchema>;

export const weigeringBegeleidingModule = defineSignalType({
  type: "weigering_begeleiding",
  schema: WeigeringBegeleidingSignalSchema,
  kenmerkPrefix: "WB",
  labels: {
    title: t("Weigering begeleiding", "Support refused"),
    cardTitle: t("Weigering begeleiding", "Begeleiding refused"),
  },
  fields: {
    refusedSince: { category: "process", label: t("Weigert sinds", "Refusing since") },
    woonbegeleidingsovereenkomstAllowsNotice: {
      category: "process",
      label: t("Woonbegeleidingsovereenkomst staat melden toe", "Support agreement allows notice"),
    },
  },
  outcomes: [
    "begeleiding_hervat",
    "andere_begeleiding",
    "doorverwezen",
    "huurovereenkomst_ontbonden",
    "ontruiming_voorkomen",
    "ontruimd",
    "geen_contact",
  ],
});
