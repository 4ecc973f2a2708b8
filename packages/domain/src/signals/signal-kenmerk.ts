import type { SignalType } from "./signal-type.js";

/** The kenmerk prefix of each signal type: the type is what a caseworker recognises first. */
export const signalKenmerkPrefix: Readonly<Record<SignalType, string>> = {
  huurachterstand: "HA",
  overlast: "OV",
  einde_begeleiding: "EB",
  weigering_begeleiding: "WB",
  ontruimingsvonnis: "OT",
  afspraken_niet_nagekomen: "AN",
  geen_contact_huurder: "GC",
};
