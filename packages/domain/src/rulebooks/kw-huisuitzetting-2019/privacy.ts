import { baseRoles } from "../../signals/privacy-defaults.js";
import type { PrivacyPolicy } from "../../signals/privacy-table.js";

export const kwPrivacy: PrivacyPolicy = {
  convenant: baseRoles,
  perType: {
    // OOV acts on nuisance; rent figures are not its task.
    overlast: { gemeente: ["identity", "contact", "nuisance", "process"] },
  },
  source:
    "ASSUMED: KW bijlage 1 (Reglement omgang uitwisseling persoonsgegevens) staat niet in de bron; standaard zoals domain.md 5.",
};
