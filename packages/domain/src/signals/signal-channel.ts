import { z } from "zod";

/**
 * "convenant": the convenant's own exchange between its partners.
 * "vroegsignalering": the statutory Wgs channel from a landlord to the gemeente's
 * schuldhulpverlening, which exists in every region apart from any convenant (domain.md 5).
 * Its own file: the envelope needs it, and the type enum is built from the modules that
 * import the envelope.
 */
export const SignalChannelSchema = z.enum(["convenant", "vroegsignalering"]);
export type SignalChannel = z.infer<typeof SignalChannelSchema>;
export const signalChannels: readonly SignalChannel[] = SignalChannelSchema.options;
