import { z } from "zod";
import { IsoDateSchema } from "../../common/iso-date.js";
import { envelopeShape } from "../envelope.js";

/** LV art. 10.5: the zorgorganisatie reports a refusal of begeleiding to the landlord (grounds for 4.14). */
export const WeigeringBegeleidingSignalSchema = z.strictObject({
  ...envelopeShape,
  type: z.literal("weigering_begeleiding"),
  refusedSince: IsoDateSchema,
  /** The woonbegeleidingsovereenkomst records that a refusal is reported (art. 10.5). */
  woonbegeleidingsovereenkomstAllowsNotice: z.boolean(),
});
export type WeigeringBegeleidingSignal = z.infer<typeof WeigeringBegeleidingSignalSchema>;
