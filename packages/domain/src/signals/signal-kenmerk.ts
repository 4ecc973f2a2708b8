import { signalTypeModules, type SignalType } from "./signal-type-modules.js";

/** The kenmerk prefix of each signal type (from its module): the type is what a caseworker recognises first. */
export const signalKenmerkPrefix: Readonly<Record<SignalType, string>> = Object.fromEntries(
  signalTypeModules.map((m) => [m.type, m.kenmerkPrefix]),
) as Record<SignalType, string>;
