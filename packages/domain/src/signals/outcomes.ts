import { z } from "zod";
import { signalTypeModules, type SignalType } from "./signal-type-modules.js";

/** Every outcome a signal can be closed with; each type allows a fixed subset (below). */
export const SignalOutcomeSchema = z.enum([
  "opgelost",
  "betalingsregeling",
  "doorverwezen",
  "ontruiming_voorkomen",
  "ontruimd",
  "geen_contact",
  "hulp_geweigerd",
  "al_bekend_schuldhulp",
  "herhaalde_melding",
  "onterecht_signaal",
  "begeleiding_hervat",
  "andere_begeleiding",
  "huurovereenkomst_ontbonden",
]);
export type SignalOutcome = z.infer<typeof SignalOutcomeSchema>;

/** Outcomes per type, from each type's module: a closing card offers exactly these. */
export const outcomesByType: Readonly<Record<SignalType, readonly SignalOutcome[]>> = Object.fromEntries(
  signalTypeModules.map((m) => [m.type, m.outcomes]),
) as Record<SignalType, readonly SignalOutcome[]>;

/**
 * What monitoring counts: evictions prevented and executed. Only these two outcomes say so
 * explicitly; a betalingsregeling after a vonnis is counted by its own outcome, not guessed.
 */
export const evictionEffect: Readonly<Partial<Record<SignalOutcome, "prevented" | "executed">>> = {
  ontruiming_voorkomen: "prevented",
  ontruimd: "executed",
};

export function allowedOutcomes(type: SignalType): readonly SignalOutcome[] {
  return outcomesByType[type];
}
