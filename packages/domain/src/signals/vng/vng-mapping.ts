import type { SignalStatus } from "../lifecycle-table.js";
import type { SignalOutcome } from "../outcomes.js";
import type { VngEindresultaat, VngSignaalstatus } from "./vng-schema.js";

/** Our lifecycle status -> the model's signaalstatus, before the outcome is known. */
export const vngStatusByStatus: Readonly<Record<SignalStatus, VngSignaalstatus>> = {
  nieuw: "Nog niet opgepakt",
  bevestigd: "Nog niet opgepakt",
  doorgestuurd: "Nog niet opgepakt",
  in_behandeling: "Opgepakt",
  afgesloten: "Opgepakt",
};

/** Outcomes that mean the gemeente did not take the signal up, in the model's words. */
export const vngStatusByOutcome: Readonly<Partial<Record<SignalOutcome, VngSignaalstatus>>> = {
  onterecht_signaal: "Niet opgepakt: onterecht signaal",
  herhaalde_melding: "Niet opgepakt: herhaalde melding",
  al_bekend_schuldhulp: "Inwoner al bekend bij schuldhulpverlening",
};

/**
 * Our closing outcome -> the model's eindresultaat of the vroegsignaalzaak. ASSUMED where the
 * words differ (opgelost, ontruiming_voorkomen); ontruimd has no counterpart and is left out.
 */
export const vngEindresultaatByOutcome: Readonly<Partial<Record<SignalOutcome, VngEindresultaat>>> = {
  opgelost: "Inwoner heeft zelf al betaald/betalingsregeling getroffen",
  betalingsregeling: "Inwoner heeft zelf al betaald/betalingsregeling getroffen",
  doorverwezen: "Vervolghulp en/of verwijzing",
  ontruiming_voorkomen: "Vervolghulp en/of verwijzing financieel",
  geen_contact: "Definitief geen contact kunnen krijgen",
  hulp_geweigerd: "Inwoner regelt het zelf/hoeft geen hulp vanuit vroegsignalering",
  al_bekend_schuldhulp: "Inwoner al bekend bij schuldhulpverlening",
  herhaalde_melding: "Niet opgepakt: herhaalde melding",
  onterecht_signaal: "Niet opgepakt: onterecht signaal",
};
