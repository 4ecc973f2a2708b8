import { t } from "../../common/localized.js";
import type { ModuleHandoffRule } from "../rulebook-module.js";

export const lvFixedContactsAssumption =
  "ASSUMED: de 'vaste contactpersonen' (LV art. 5 lid 1) zijn de leden van de partij die de bot in een persoonlijke chat bereikt; een lijst contactpersonen per partij staat niet in de bron.";

/** Both LV aanmeldingen: the chosen begeleider follows the case (seed 004). */
export const lvBegeleiderHandoff: readonly ModuleHandoffRule[] = [
  {
    id: "LV.BEGELEIDER",
    // Never the gemeente: it receives no personal data (LV art. 10 lid 2).
    to: { kind: "support", roles: ["zorgorganisatie", "reclassering", "lokale_kamer"] },
    caseRole: "begeleider",
    stage: 1,
    reason: t(
      "De gekozen begeleider of casemanager bereidt de kandidaat voor en is bij de intake aanwezig.",
      "The chosen support worker or casemanager prepares the candidate and attends the intake.",
    ),
    article: "LV art. 5 lid 2-3, art. 4 lid 10",
  },
];
