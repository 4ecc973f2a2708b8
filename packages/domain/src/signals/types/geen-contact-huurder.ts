import { z } from "zod";
import { IsoDateSchema } from "../../common/iso-date.js";
import { envelopeShape } from "../envelope.js";

export const ContactAttemptSchema = z.enum(["telefoon", "brief", "email", "huisbezoek"]);
export type ContactAttempt = z.infer<typeof ContactAttemptSchema>;

/**
 * KW: the landlord always melds to the Meldpunt Zorg en Overlast when no contact with the
 * tenant can be made. How it tried tells the Meldpunt what is left to try (a huisbezoek).
 */
export const GeenContactHuurderSignalSchema = z.strictObject({
  ...envelopeShape,
  type: z.literal("geen_contact_huurder"),
  triedBy: z.array(ContactAttemptSchema).min(1).max(4),
  lastAttemptOn: IsoDateSchema,
  note: z.string().trim().min(1).max(1000).optional(),
});
export type GeenContactHuurderSignal = z.infer<typeof GeenContactHuurderSignalSchema>;
