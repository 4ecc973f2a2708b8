import { z } from "zod";
import { IsoDateSchema } from "../../common/iso-date.js";
import { envelopeShape } from "../envelope.js";

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
