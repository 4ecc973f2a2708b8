import { z } from "zod";
import { IsoDateSchema } from "../../common/iso-date.js";
import { envelopeShape } from "../envelope.js";

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
