import { baseRoles } from "../../signals/privacy-defaults.js";
import type { PrivacyPolicy } from "../../signals/privacy-table.js";

/** LV art. 10.2: the gemeente as an organisation receives and shares no personal data. */
export const lvPrivacy: PrivacyPolicy = {
  convenant: { ...baseRoles, gemeente: ["process"] },
  source: "LV art. 10.2 (gemeente), 10.3-10.6 (verhuurder: geen justitieel en behandelverleden), domain.md 5",
};
