import { ALL_PERSONAL, baseRoles } from "../../signals/privacy-defaults.js";
import type { PrivacyPolicy } from "../../signals/privacy-table.js";

export const gvHovPrivacy: PrivacyPolicy = {
  // Team HMD (gv-team-hmd, role "platform") is a HOV partner: it sees what a partner needs,
  // never care or justice. Routing sends nothing to the other platform party (urgentiebureau).
  convenant: { ...baseRoles, platform: ALL_PERSONAL },
  source:
    "ASSUMED: de HOV-convenanttekst staat niet in de bron; standaard zoals domain.md 5, team HMD als HOV-partner.",
};
