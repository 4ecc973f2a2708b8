import { t } from "../../common/localized.js";
import type { ModuleHandoffRule } from "../rulebook-module.js";

import { lvFixedContactsAssumption as FIXED_CONTACTS } from "../lv-parties/handoff.js";

/** Where an LV voordracht for a convenantwoning goes (seed 004 art. 4-5). */
export const lvHandoff: readonly ModuleHandoffRule[] = [
  {
    id: "LV.5.3.DUIVENVOORDE",
    when: [{ fact: "targetLandlord", equals: "Stichting Duivenvoorde" }],
    to: { kind: "parties", ids: ["lv-stichting-duivenvoorde"] },
    caseRole: "verhuurder",
    stage: 1,
    reason: t(
      "Voor een woning van Stichting Duivenvoorde gaat de voordracht naar haar vaste contactpersoon (kandidaten staan daar ingeschreven).",
      "For a home of Stichting Duivenvoorde the nomination goes to its fixed contact (candidates register there).",
    ),
    article: "LV art. 5 lid 3, lid 6 sub b",
    assumed: FIXED_CONTACTS,
  },
  {
    id: "LV.5.3.VIDOMES",
    when: [{ fact: "targetLandlord", equals: "Vidomes" }],
    to: { kind: "parties", ids: ["lv-vidomes"] },
    caseRole: "verhuurder",
    stage: 1,
    reason: t(
      "De voordracht gaat naar de vaste contactpersoon van de gekozen sociale verhuurder.",
      "The nomination goes to the fixed contact of the chosen social landlord.",
    ),
    article: "LV art. 5 lid 3",
    assumed: FIXED_CONTACTS,
  },
  {
    id: "LV.5.3.WOONINVEST",
    when: [{ fact: "targetLandlord", equals: "WoonInvest" }],
    to: { kind: "parties", ids: ["lv-wooninvest"] },
    caseRole: "verhuurder",
    stage: 1,
    reason: t(
      "De voordracht gaat naar de vaste contactpersoon van de gekozen sociale verhuurder.",
      "The nomination goes to the fixed contact of the chosen social landlord.",
    ),
    article: "LV art. 5 lid 3",
    assumed: FIXED_CONTACTS,
  },
  {
    id: "LV.5.3.WOONNET",
    when: [{ fact: "targetLandlord", absent: true }],
    to: { kind: "parties", ids: ["lv-vidomes", "lv-wooninvest"] },
    caseRole: "verhuurder",
    stage: 1,
    reason: t(
      "Zonder gekozen verhuurder gaat de voordracht naar de sociale verhuurders van Woonnet Haaglanden.",
      "Without a chosen landlord the nomination goes to the Woonnet Haaglanden social landlords.",
    ),
    article: "LV art. 5 lid 3, lid 6 sub b",
    assumed: `ASSUMED: zonder keuze ontvangen Vidomes en WoonInvest (de Woonnet-verhuurders); Stichting Duivenvoorde alleen als zij gekozen is. ${FIXED_CONTACTS}`,
  },
];
