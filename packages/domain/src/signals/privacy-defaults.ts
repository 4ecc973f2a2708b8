import type { FieldCategory } from "./field-categories.js";
import type { RoleCategories } from "./privacy-table.js";

export const ALL_PERSONAL: readonly FieldCategory[] = ["identity", "contact", "financial", "nuisance", "process"];

/**
 * Defaults of domain.md section 5, used where a rulebook's own reglement is not in the seeds:
 * a recipient sees only what its task needs; a landlord never sees treatment content or
 * justice history (LV art. 10.6); only Reclassering, whose task is the justice side, sees
 * justiceHistory; care parties see care.
 */
const careParty: readonly FieldCategory[] = [...ALL_PERSONAL, "care"];
export const baseRoles: RoleCategories = {
  sociale_verhuurder: ALL_PERSONAL,
  zorgorganisatie: careParty,
  reclassering: [...careParty, "justice"],
  lokale_kamer: careParty,
  meldpunt: careParty,
  // Schulddienstverlening / OOV where a convenant sends the gemeente signals (KW, GV).
  gemeente: ALL_PERSONAL,
  // Bodies that count and allocate, not caseworkers: process only.
  platform: ["process"],
  urgentiecommissie: ["process"],
};
