import { z } from "zod";
import { signalTypeModules, type SignalType } from "./signal-type-modules.js";

export type { SignalType };
export { SignalChannelSchema, signalChannels, type SignalChannel } from "./signal-channel.js";

/**
 * The signal types of domain.md section 5, plus the two KW "altijd melden" triggers beside the
 * ontruimingsvonnis (seed 001, Verplichtingen 1); the Dutch terms are the identifiers. Built
 * from the modules, in their order: a type exists once its module is in the list.
 */
export const SignalTypeSchema = z.enum(
  signalTypeModules.map((m) => m.type) as unknown as readonly [SignalType, ...SignalType[]],
);
export const signalTypes: readonly SignalType[] = SignalTypeSchema.options;
