import { t } from "../common/localized.js";
import type { ModuleHandoffRule } from "../rulebooks/rulebook-module.js";

/** Outside LV, where the seeds name no such addressee: the chosen support party follows the case. */
export const supportPartyFollowsCase: readonly ModuleHandoffRule[] = [
  {
    id: "OTHER.BEGELEIDER",
    to: {
      kind: "support",
      roles: ["zorgorganisatie", "reclassering", "lokale_kamer", "meldpunt", "gemeente", "platform"],
    },
    caseRole: "begeleider",
    stage: 1,
    reason: t(
      "De gekozen ondersteunende partij begeleidt de kandidaat en hoort van elke stap.",
      "The chosen support party supports the candidate and hears of every step.",
    ),
    article: "KW Verplichtingen 2-3; MH; GV",
    assumed:
      "ASSUMED: de gekozen ondersteunende partij volgt de zaak; de bronnen noemen dat niet als ontvanger van de aanmelding.",
  },
];
