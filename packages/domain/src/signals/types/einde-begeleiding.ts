import { z } from "zod";
import { IsoDateSchema } from "../../common/iso-date.js";
import { envelopeShape } from "../envelope.js";

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
