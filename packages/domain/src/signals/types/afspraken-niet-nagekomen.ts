import { z } from "zod";
import { IsoDateSchema } from "../../common/iso-date.js";
import { envelopeShape } from "../envelope.js";

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
