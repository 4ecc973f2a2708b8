import { z } from "zod";

/** The five signal types of domain.md section 5; the Dutch legal terms are the identifiers. */
export const SignalTypeSchema = z.enum([
  "huurachterstand",
  "overlast",
  "einde_begeleiding",
  "weigering_begeleiding",
  "ontruimingsvonnis",
]);
export type SignalType = z.infer<typeof SignalTypeSchema>;
export const signalTypes: readonly SignalType[] = SignalTypeSchema.options;

/**
 * "convenant": the convenant's own exchange between its partners.
 * "vroegsignalering": the statutory Wgs channel from a landlord to the gemeente's
 * schuldhulpverlening, which exists in every region apart from any convenant (domain.md 5).
 */
export const SignalChannelSchema = z.enum(["convenant", "vroegsignalering"]);
export type SignalChannel = z.infer<typeof SignalChannelSchema>;
export const signalChannels: readonly SignalChannel[] = SignalChannelSchema.options;
