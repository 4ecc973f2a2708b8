import { t } from "../../common/localized.js";
import { lvNominatingRoles } from "../lv-parties/roles.js";
import type { Rulebook } from "../rulebook.js";
import { lvParties } from "../lv-parties/parties.js";
import { lvDuration, lvPartyTerms, lvValidity, lvValidityAssumption } from "../lv-parties/validity.js";
import { lvDeadlines } from "./deadlines.js";
import { lvFacts } from "./facts.js";
import { lvRules } from "./rules.js";
import { proposeLvSupportParties } from "./support-parties.js";

/** Art. 4 lid 1: only these may nominate (voordragen) a candidate; the bot enforces it by the user's party role. */
export { lvNominatingRoles };

export const lvZorgafhankelijk2025: Rulebook = {
  id: "lv-zorgafhankelijk-2025",
  version: "2025-01-14.1",
  title: t(
    "Convenant Huisvesting zorgafhankelijke groepen Leidschendam-Voorburg 2025 (convenantwoning)",
    "Convenant on housing care-dependent groups, Leidschendam-Voorburg 2025 (convenantwoning)",
  ),
  seed: "004_155496c065a393ec.txt",
  region: "Leidschendam-Voorburg",
  legalStatus: "vastgesteld",
  validity: lvValidity,
  assumptions: [
    lvValidityAssumption,
    {
      id: "lv-maatwerk-binding",
      text_nl:
        "AANNAME: de bron zegt niet wie over maatwerk bij kortere binding beslist (art. 1 sub c); wij leggen het bij de sociale verhuurder, die de regie over de toewijzing voert (art. 5 lid 5), in overleg met de begeleider of casemanager.",
      text_en:
        "ASSUMED: the seed does not say who decides maatwerk for a shorter residence (art. 1(c)); we give it to the social landlord, who directs allocation (art. 5(5)), in consultation with the support worker or casemanager.",
    },
    {
      id: "lv-inwoner-instelling",
      text_nl:
        'AANNAME: een convenantwoning is ook voor inwoners die hulp of zorg hebben "thuis of in een instelling" (art. 1 sub c); de bron zegt niet welke gemeente telt bij een instelling buiten Leidschendam-Voorburg. Wij nemen aan: de gemeente waar de kandidaat woonde vóór de opname (vraag residentOf).',
      text_en:
        'ASSUMED: a convenantwoning is also for residents with help or care "at home or in an institution" (art. 1(c)); the seed does not say which gemeente counts for an institution outside Leidschendam-Voorburg. We assume: the gemeente where the candidate lived before admission (question residentOf).',
    },
    {
      id: "lv-verdeling",
      text_nl:
        "AANNAME: het aantal woningen per jaar van Vidomes en WoonInvest staat in de Prestatieafspraken Leidschendam-Voorburg, niet in de bron; tot het Platform de verdeling invoert staat het op null (onbekend). Stichting Duivenvoorde: 1 woning per jaar (art. 9).",
      text_en:
        "ASSUMED: the yearly number of homes of Vidomes and WoonInvest is in the Prestatieafspraken Leidschendam-Voorburg, not in the seed; until the Platform enters the distribution it is null (unknown). Stichting Duivenvoorde: 1 home a year (art. 9).",
    },
    {
      id: "lv-doelgroepen-partijen",
      text_nl:
        "AANNAME: de bron noemt geen doelgroepen per zorgorganisatie; waar de partijenlijst ze toch noemt (om een passende organisatie voor te stellen) staat dat bij de partij.",
      text_en:
        "ASSUMED: the seed names no target groups per care organisation; where the party directory gives them (to propose a matching organisation) the party says so.",
    },
  ],
  // Art. 4 lid 8, 5 and 14 are terms of every placement: shown on an eligible result, not only stored.
  eligibleHints: [
    t(
      "De woningtoewijzingsregels van de sociale verhuur blijven gelden; de verhuurders voeren de regie over de toewijzing (art. 4 lid 8; art. 5 lid 5).",
      "The allocation rules of social housing still apply; the landlords direct the allocation (art. 4(8); art. 5(5)).",
    ),
    t(
      "De kandidaat ontvangt één keer een woningaanbod, nadat de zorgorganisatie heeft aangegeven dat de woning geschikt is (art. 4 lid 5).",
      "The candidate receives a single offer of a home, after the care organisation has said the home is suitable (art. 4(5)).",
    ),
    t(
      "De verhuurder kan ontbinding van de huurovereenkomst vorderen als de huurder zich niet aan de algemene voorwaarden houdt of begeleiding of behandeling weigert (art. 4 lid 14).",
      "The social landlord can claim dissolution of the lease if the tenant breaks the general terms or refuses support and/or treatment (art. 4(14)).",
    ),
  ],
  facts: lvFacts,
  // The exclusion questions of art. 5 (a "ja" excludes or leads to a follow-up) as one
  // checklist: mostly "geen van deze", one click instead of five.
  questionGroups: [
    {
      id: "lv-uitsluitingen",
      title: t("Geldt een van deze situaties voor de kandidaat?", "Does any of these apply to the candidate?"),
      facts: ["transgressiveBehaviour", "hasSuitableHousing", "needsIntramuralCare", "evictedLast3Years", "tbsMeasure"],
    },
  ],
  rules: lvRules,
  parameters: {
    nominatingRoles: lvNominatingRoles,
    nomination: {
      article: "art. 4 lid 1; art. 5 lid 3 en 6; art. 10 lid 3",
      text: t(
        "De begeleider of casemanager meldt de kandidaat schriftelijk of telefonisch aan bij de vaste contactpersonen van de sociale verhuurders, zo mogelijk met de vermoedelijke einddatum van de intramurale zorg.",
        "The support worker or casemanager registers the candidate in writing or by phone with the landlords' fixed contacts, where possible with the expected end date of intramural care.",
      ),
    },
    allocationRules: {
      code: "LV.4.8",
      article: "art. 4 lid 8; art. 5 lid 5",
      text: t(
        "De huurder moet ook voldoen aan de woningtoewijzingsregels van de sociale verhuur; de sociale verhuurders voeren de regie over de toewijzing.",
        "The tenant must also meet the allocation rules of social housing; the social landlords direct the allocation.",
      ),
    },
    offerOrder: {
      code: "LV.5.4",
      article: "art. 5 lid 4",
      order: "aanmelding",
      noodwoningBeforeConvenantwoning: true,
    },
    singleOffer: {
      code: "LV.4.5",
      article: "art. 4 lid 5",
      offers: 1,
      text: t(
        "De kandidaat huurder ontvangt eenmalig een woningaanbod, nadat de zorgorganisatie heeft aangegeven dat de woning geschikt is.",
        "The candidate receives a single offer, after the care organisation has said the home is suitable.",
      ),
    },
    dissolutionGrounds: {
      code: "LV.4.14",
      article: "art. 4 lid 14",
      grounds: [
        {
          id: "algemene_voorwaarden",
          text: t(
            "De huurder houdt zich niet aan de algemene voorwaarden van de sociale verhuurder",
            "The tenant breaks the social landlord's general terms",
          ),
        },
        {
          id: "weigert_begeleiding",
          text: t(
            "De huurder weigert de begeleiding en/of behandeling door de zorgorganisatie",
            "The tenant refuses support and/or treatment by the care organisation",
          ),
        },
      ],
    },
    distribution: {
      code: "LV.9",
      article: "art. 9; art. 2 Sociale verhuurders a en b; art. 3",
      decidedBy: "lv-platform",
      source: "Prestatieafspraken Leidschendam-Voorburg (https://www.lv.nl/prestatieafspraken-sociaal-wonen)",
      // null: not in the seed (assumption lv-verdeling); a count for the dashboard, never a reason to refuse.
      homesPerYear: { "lv-stichting-duivenvoorde": 1, "lv-vidomes": null, "lv-wooninvest": null },
      exchangeWithinYear: true,
    },
    duration: lvDuration,
    // Terms of the convenant's parties, not of one case (art. 11 lid 1; art. 2 Alle partijen b).
    partyTerms: lvPartyTerms,
    privacy: {
      article: "art. 8 en 10",
      gemeenteReceivesPersonalData: false,
      landlordSeesJusticeOrTreatmentHistory: false,
      zorgorganisatieContactsLandlordsForCandidate: true,
      dataSharingListedIn: "woonbegeleidingsovereenkomst",
      signalsDirectBetween: ["sociale_verhuurder", "zorgorganisatie", "reclassering", "lokale_kamer"],
      earlyEndOrRefusalOfSupportToLandlordOnlyIfAgreed: true,
    },
  },
  parties: lvParties,
  deadlines: lvDeadlines,
  proposeSupportParties: proposeLvSupportParties,
};
