import { t } from "../../common/localized.js";
import { booleanFact, choiceFact, type Choice, type FactDefinition } from "../../facts/fact-definition.js";
import { sharedFacts } from "../../facts/shared-facts.js";
import { facingEvictionFact } from "../lv-noodwoning-2025/facts.js";
import { transgressiveBehaviourFact } from "../lv-parties/family-exclusion.js";
import { lvDoelgroepChoices, lvTargetGroups } from "../lv-parties/target-groups.js";

const doelgroepChoices = lvDoelgroepChoices.map((value) => ({ value, label: lvTargetGroups[value].label })) as [
  Choice,
  ...Choice[],
];

/** Facts of the convenantwoning check (seed 004), in intake order (facts.md, lv-zorgafhankelijk-2025). */
export const lvFacts: readonly FactDefinition[] = [
  booleanFact(
    "receivesSupport",
    t(
      "Ontvangt de kandidaat begeleiding en/of behandeling?",
      "Does the candidate receive support (begeleiding) and/or treatment?",
    ),
    t(
      "Op grond van een Wmo- of Jeugdwetbeschikking of binnen een justitieel kader.",
      "Under a Wmo or Youth Act decision, or within a justice framework.",
    ),
  ),
  booleanFact(
    "canFindHousingAlone",
    t("Kan de kandidaat op eigen kracht in huisvesting voorzien?", "Can the candidate find housing on his or her own?"),
  ),
  choiceFact(
    "targetGroup",
    t(
      "Tot welke zorgafhankelijke groep behoort de kandidaat?",
      "To which care-dependent group does the candidate belong?",
    ),
    doelgroepChoices,
    t(
      "Alleen om een passende zorgorganisatie voor te stellen; geen voorwaarde.",
      "Only to propose a matching care organisation; not a condition.",
    ),
  ),
  booleanFact(
    "wlzFinanced",
    t(
      "Is de gevraagde woning een woonvoorziening die wordt gefinancierd uit de Wet langdurige zorg?",
      "Is the requested home a housing facility financed under the Long-term Care Act (Wlz)?",
    ),
    t("Wlz-zorg voor de huurder zelf mag wel (art. 4 lid 6).", "Wlz care for the tenant is allowed (art. 4(6))."),
  ),
  sharedFacts.yearsResident,
  sharedFacts.yearsResidentInLast10,
  sharedFacts.minorChildren,
  transgressiveBehaviourFact,
  booleanFact("validId", t("Heeft de kandidaat een geldig legitimatiebewijs?", "Does the candidate have a valid ID?")),
  choiceFact(
    "targetLandlord",
    t("Voor een woning van welke sociale verhuurder?", "For a home of which social landlord?"),
    [
      { value: "Vidomes", label: t("Vidomes", "Vidomes") },
      { value: "WoonInvest", label: t("WoonInvest", "WoonInvest") },
      { value: "Stichting Duivenvoorde", label: t("Stichting Duivenvoorde", "Stichting Duivenvoorde") },
    ],
    t(
      "Leeg laten betekent een verhuurder via Woonnet Haaglanden.",
      "Leave empty for a landlord through Woonnet Haaglanden.",
    ),
  ),
  booleanFact(
    "registeredWoonnet",
    t("Staat de kandidaat ingeschreven bij Woonnet Haaglanden?", "Is the candidate registered at Woonnet Haaglanden?"),
  ),
  booleanFact(
    "registeredDuivenvoorde",
    t(
      "Staat de kandidaat ingeschreven bij Stichting Duivenvoorde?",
      "Is the candidate registered at Stichting Duivenvoorde?",
    ),
  ),
  sharedFacts.residentOf,
  booleanFact(
    "hasSuitableHousing",
    t("Beschikt de kandidaat over passende huisvesting?", "Does the candidate have suitable housing?"),
  ),
  booleanFact(
    "needsIntramuralCare",
    t(
      "Is er een reden de kandidaat (semi-)intramuraal te huisvesten?",
      "Is there a reason to house the candidate (semi-)intramurally?",
    ),
  ),
  booleanFact(
    "canLiveIndependently",
    t("Is de kandidaat in staat zelfstandig te wonen?", "Is the candidate able to live independently?"),
  ),
  booleanFact(
    "financiallySelfReliant",
    t(
      "Is de kandidaat voldoende (financieel) zelfredzaam?",
      "Is the candidate sufficiently (financially) self-reliant?",
    ),
  ),
  booleanFact(
    "incomeCoversRent",
    t("Heeft de kandidaat een inkomen om de huur te betalen?", "Does the candidate have an income to pay the rent?"),
  ),
  booleanFact(
    "hasProblemDebts",
    t(
      "Heeft de kandidaat schulden waarvoor een schuldregeling nodig is?",
      "Does the candidate have debts that need a debt arrangement?",
    ),
  ),
  booleanFact(
    "debtArrangement",
    t("Is er een regeling voor schuldsanering getroffen?", "Is a formal debt arrangement (schuldsanering) in place?"),
  ),
  booleanFact(
    "agreedSupportPlan",
    t(
      "Heeft de kandidaat ingestemd met een woonbegeleidingsplan?",
      "Has the candidate agreed to a woonbegeleidingsplan (support plan)?",
    ),
  ),
  booleanFact(
    "budgetManagement",
    t(
      "Krijgt of aanvaardt de kandidaat budgetbeheer?",
      "Does the candidate receive or accept budget management (budgetbeheer)?",
    ),
    t(
      "Budgetbeheer is verplicht, tenzij de begeleider of casemanager gemotiveerd afwijkt (art. 5 lid 6 sub j).",
      "Budget management is mandatory unless the support worker or casemanager motivates an exception (art. 5(6)(j)).",
    ),
  ),
  booleanFact(
    "budgetManagementExemptionMotivated",
    t(
      "Wijkt de begeleider of casemanager gemotiveerd af van verplicht budgetbeheer?",
      "Has the support worker or casemanager motivated an exception to mandatory budget management?",
    ),
  ),
  booleanFact(
    "evictedLast3Years",
    t(
      "Is de kandidaat in de afgelopen drie jaar uit een woning gezet?",
      "Has the candidate been evicted from a home in the last three years?",
    ),
  ),
  choiceFact("evictionReason", t("Waarom is de kandidaat uit huis gezet?", "Why was the candidate evicted?"), [
    { value: "overlast", label: t("Overlast", "Nuisance") },
    { value: "fraude", label: t("Fraude", "Fraud") },
    { value: "ondermijning", label: t("Ondermijning", "Organised crime (ondermijning)") },
    { value: "huurschuld", label: t("Huurschuld", "Rent arrears") },
    { value: "anders", label: t("Anders", "Other") },
  ]),
  booleanFact(
    "fromNoodwoning",
    t("Komt de kandidaat uit een noodwoning?", "Is the candidate moving on from a noodwoning (emergency home)?"),
  ),
  booleanFact("tbsMeasure", t("Heeft de kandidaat een TBS-maatregel?", "Is the candidate under a TBS measure?")),
  booleanFact(
    "proposedByMayor",
    t(
      "Is de kandidaat aangedragen via de burgemeester?",
      "Has the candidate been put forward through the burgemeester (mayor)?",
    ),
  ),
  facingEvictionFact,
];
