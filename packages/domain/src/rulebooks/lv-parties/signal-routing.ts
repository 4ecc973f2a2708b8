import { t } from "../../common/localized.js";
import type { ModuleRoutingRule } from "../rulebook-module.js";
import { lvSupportRoles } from "./roles.js";

/** LV art. 8 and 10 lid 5: the same signals under the convenantwoning and the noodwoning (one convenant, seed 004). */
export const lvSignalRouting: readonly ModuleRoutingRule[] = [
  {
    id: "LV.8.2.VERHUURDER",
    channel: "convenant",
    senders: { roles: ["sociale_verhuurder"] },
    types: ["huurachterstand", "overlast"],
    to: [
      {
        kind: "case",
        field: "supportPartyId",
        reason: t(
          "Sociale verhuurders en begeleiders/casemanagers geven signalen van overlast of huurachterstand direct aan elkaar door.",
          "Social landlords and support workers/case managers pass signals of nuisance or rent arrears directly to each other.",
        ),
      },
    ],
    article: "LV art. 8 lid 2",
  },
  {
    id: "LV.8.2.BEGELEIDER",
    channel: "convenant",
    senders: { roles: lvSupportRoles },
    types: ["huurachterstand", "overlast"],
    to: [
      {
        kind: "case",
        field: "landlordPartyId",
        reason: t(
          "Begeleiders/casemanagers en sociale verhuurders geven signalen van overlast of huurachterstand direct aan elkaar door.",
          "Support workers/case managers and social landlords pass signals of nuisance or rent arrears directly to each other.",
        ),
      },
    ],
    article: "LV art. 8 lid 2",
  },
  {
    id: "LV.8.1.EINDE_BEGELEIDING",
    assumed: "ASSUMED: ook Reclassering en de Lokale Kamer (casemanager) melden dit; art. 8.1 noemt 'de begeleider'.",
    channel: "convenant",
    senders: { roles: lvSupportRoles },
    types: ["einde_begeleiding"],
    requires: ["woonbegeleidingsovereenkomstAllowsNotice"],
    to: [
      {
        kind: "case",
        field: "landlordPartyId",
        reason: t(
          "Bij een voortijdig einde van de begeleiding stelt de begeleider de sociale verhuurder op de hoogte, zonder behandel- of inhoudelijke informatie.",
          "On an early end of support, the support worker informs the social landlord, without treatment or substantive information.",
        ),
      },
    ],
    article: "LV art. 8 lid 1",
  },
  {
    id: "LV.10.5.WEIGERING_BEGELEIDING",
    // No per-case flag: art. 10 lid 5 says every woonbegeleidingsovereenkomst records this duty
    // ("is vastgelegd dat de zorgorganisatie bij weigering ... dit meldt"); only art. 8 lid 1 is conditional.
    assumed: "ASSUMED: ook Reclassering en de Lokale Kamer melden dit; art. 10.5 noemt 'de zorgorganisatie'.",
    channel: "convenant",
    senders: { roles: lvSupportRoles },
    types: ["weigering_begeleiding"],
    to: [
      {
        kind: "case",
        field: "landlordPartyId",
        reason: t(
          "De zorgorganisatie meldt een weigering van begeleiding en/of behandeling aan de betrokken sociale verhuurder.",
          "The care organisation reports a refusal of support and/or treatment to the social landlord concerned.",
        ),
      },
    ],
    article: "LV art. 10 lid 5 (en 4 lid 14)",
  },
];
