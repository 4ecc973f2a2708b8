import { z } from "zod";
import type { SignalType } from "./signal-type.js";

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

/** Outcomes per type: a closing card offers exactly these. */
export const outcomesByType: Readonly<Record<SignalType, readonly SignalOutcome[]>> = {
  huurachterstand: [
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
  ],
  overlast: [
    "opgelost",
    "doorverwezen",
    "ontruiming_voorkomen",
    "ontruimd",
    "geen_contact",
    "hulp_geweigerd",
    "herhaalde_melding",
    "onterecht_signaal",
  ],
  einde_begeleiding: [
    "begeleiding_hervat",
    "andere_begeleiding",
    "doorverwezen",
    "huurovereenkomst_ontbonden",
    "geen_contact",
  ],
  weigering_begeleiding: [
    "begeleiding_hervat",
    "andere_begeleiding",
    "doorverwezen",
    "huurovereenkomst_ontbonden",
    "ontruiming_voorkomen",
    "ontruimd",
    "geen_contact",
  ],
  ontruimingsvonnis: ["ontruiming_voorkomen", "ontruimd", "betalingsregeling", "doorverwezen", "geen_contact"],
  afspraken_niet_nagekomen: [
    "opgelost",
    "betalingsregeling",
    "doorverwezen",
    "ontruiming_voorkomen",
    "ontruimd",
    "hulp_geweigerd",
    "geen_contact",
    "herhaalde_melding",
    "onterecht_signaal",
  ],
  geen_contact_huurder: [
    "opgelost",
    "doorverwezen",
    "hulp_geweigerd",
    "geen_contact",
    "herhaalde_melding",
    "onterecht_signaal",
  ],
};

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
