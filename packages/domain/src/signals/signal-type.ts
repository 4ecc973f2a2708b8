import { z } from "zod";

/**
 * The signal types of domain.md section 5, plus the two KW "altijd melden" triggers beside the
 * ontruimingsvonnis (seed 001, Verplichtingen 1); the Dutch terms are the identifiers.
 */
export const SignalTypeSchema = z.enum([
  "huurachterstand",
  "overlast",
  "einde_begeleiding",
  "weigering_begeleiding",
  "ontruimingsvonnis",
  "afspraken_niet_nagekomen",
  "geen_contact_huurder",
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
