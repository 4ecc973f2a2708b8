import type { Party } from "../../parties/party.js";
import { lvParties } from "./parties.js";

/** The sociale verhuurders: ondergetekenden 19, 21 and 22 of seed 004. */
export const lvSocialLandlords: readonly Party[] = lvParties.filter((p) => p.role === "sociale_verhuurder");

// Caseworkers type "Vidomes", "de Stichting Vidomes" or "WOONINVEST": compare the core name.
const core = (name: string) =>
  name
    .toLocaleLowerCase("nl")
    .replace(/^lv-/, "")
    .replace(/\b(de|stichting)\b/g, "")
    .replace(/[^a-z0-9]/g, "");

/** The LV social landlord a name or party id refers to; undefined for anyone else (e.g. a private landlord). */
export function findLvLandlord(name: string): Party | undefined {
  const wanted = core(name);
  if (!wanted) return undefined;
  return lvSocialLandlords.find((p) => core(p.name) === wanted || core(p.id) === wanted);
}
