import { z } from "zod";
import { IsoDateSchema } from "../common/iso-date.js";
import { SignalChannelSchema } from "./signal-channel.js";
import { TenantRefSchema } from "./tenant.js";

/**
 * Fields every signal carries. `careNotes` (treatment content) and `justiceHistory` exist so
 * that privacy can be proven to filter them: a landlord never sees them (LV art. 10.6).
 */
export const envelopeShape = {
  rulebook: z.string().min(1),
  channel: SignalChannelSchema.default("convenant"),
  senderPartyId: z.string().regex(/^[a-z0-9-]+$/),
  /** The day the sender raised the signal (VNG: signaaldatum). */
  signalDate: IsoDateSchema,
  tenant: TenantRefSchema,
  careNotes: z.string().trim().min(1).max(4000).optional(),
  justiceHistory: z.string().trim().min(1).max(4000).optional(),
};
