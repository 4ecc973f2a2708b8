import { t } from "../../common/localized.js";
import type { RuleDefinition } from "../../check/rule.js";
import { below, groundRule, isFalse, isTrue } from "./ground-rule.js";

const commissie = t("de regionale urgentiecommissie", "the regional urgentie committee");
const noChildren = {
  fact: "minorChildren",
  fails: (v: unknown) => v === 0,
  whenFailed: t("er zijn geen minderjarige kinderen in het huishouden", "there are no minor children in the household"),
};

/** The grounds of seed 003 § 4.1-4.3, members of GV.URG.GROND; at least one must hold. */
export const urgentieGroundRules: readonly RuleDefinition[] = [
  groundRule({
    code: "GV.URG.1",
    ground: "medisch",
    article: "003 § 4.2 criterium 1 (medische gronden)",
    title: t(
      "Medische problemen waarop de woonsituatie een zeer ernstige negatieve invloed heeft en die niet oplosbaar zijn binnen de huidige woonsituatie",
      "Medical problems that the housing makes very seriously worse and that cannot be solved within it",
    ),
    conditions: [
      {
        fact: "medicalProblemsWorsenedByHousing",
        fails: isFalse,
        whenFailed: t(
          "geen medische problemen die door de woonsituatie zeer ernstig verergeren",
          "no medical problems made very seriously worse by the housing",
        ),
      },
    ],
    whenMet: {
      status: "review",
      explanation: t(
        "medische urgentie: de invloed van de woonsituatie op de medische problemen wordt beoordeeld.",
        "medical urgentie: the effect of the housing on the medical problems is assessed.",
      ),
    },
    // Seed: "De regionaal medisch deskundige en de regionale urgentiecommissie brengen advies uit."
    decidedBy: t(
      "de gemeente (burgemeester en wethouders), die de urgentie verleent (AANNAME: de bron noemt alleen de adviseurs)",
      "the gemeente (mayor and aldermen), which grants the urgentie (ASSUMED: the seed names only the advisers)",
    ),
    advisedBy: t(
      "de regionaal medisch deskundige en de regionale urgentiecommissie",
      "the regional medical adviser and the regional urgentie committee",
    ),
  }),
  groundRule({
    code: "GV.URG.2",
    ground: "calamiteit",
    article: "003 § 4.2 criterium 2 (dakloosheid ten gevolge van calamiteiten)",
    title: t(
      "De huidige woning is door een calamiteit blijvend onbewoonbaar en de aanvrager kan niet zelf in andere woonruimte voorzien",
      "The current home is permanently uninhabitable through a calamity and the applicant cannot find other housing",
    ),
    conditions: [
      {
        fact: "homePermanentlyUninhabitable",
        fails: isFalse,
        whenFailed: t("de woning is niet blijvend onbewoonbaar", "the home is not permanently uninhabitable"),
      },
      {
        fact: "canArrangeOwnHousing",
        fails: isTrue,
        whenFailed: t(
          "de aanvrager kan zelf in andere woonruimte voorzien",
          "the applicant can arrange other housing themselves",
        ),
      },
    ],
    whenMet: { status: "passed", explanation: t("dakloos door een calamiteit", "homeless through a calamity") },
  }),
  groundRule({
    code: "GV.URG.3",
    ground: "dakloze_ouder",
    article: "003 § 4.2 criterium 3 (dakloosheid van een ouder met minderjarige kinderen)",
    title: t(
      "Ouder die na scheiding of einde van een psychiatrische opname niet over woonruimte voor zichzelf en minderjarige kinderen beschikt; de andere ouder kan hen niet huisvesten; de echtelijke woning opeisen kan niet gevergd worden",
      "Parent without housing for self and minor children after divorce or a psychiatric admission; the other parent cannot house them; claiming the marital home cannot be expected",
    ),
    conditions: [
      noChildren,
      {
        fact: "parentWithoutHousing",
        fails: isFalse,
        whenFailed: t(
          "de ouder heeft na de scheiding of het einde van de psychiatrische opname wel woonruimte voor zichzelf en de kinderen",
          "after the divorce or the end of the psychiatric admission the parent does have housing for self and the children",
        ),
      },
      {
        fact: "otherParentCannotHouse",
        fails: isFalse,
        whenFailed: t(
          "de andere ouder kan de kinderen redelijkerwijs huisvesten",
          "the other parent can reasonably house the children",
        ),
      },
      {
        fact: "maritalHomeClaimable",
        fails: isTrue,
        whenFailed: t(
          "van de aanvrager kan gevergd worden de echtelijke woning op te eisen",
          "the applicant can be expected to claim the marital home",
        ),
      },
    ],
    whenMet: {
      status: "passed",
      explanation: t("dakloze ouder met minderjarige kinderen", "homeless parent with minor children"),
    },
  }),
  groundRule({
    code: "GV.URG.4",
    ground: "financiele_ontwrichting",
    article: "003 § 4.2 criterium 4 (financiële ontwrichting)",
    title: t(
      "Onvoorziene, niet te verwijten financiële problemen waardoor de woonlasten niet meer op te brengen zijn, zonder andere oplossing",
      "Unforeseen, not blameworthy financial problems making the housing costs unaffordable, with no other solution",
    ),
    conditions: [
      {
        fact: "financialProblemsUnforeseen",
        fails: isFalse,
        whenFailed: t("de financiële problemen waren voorzienbaar", "the financial problems were foreseeable"),
      },
      {
        fact: "financialProblemsBlameworthy",
        fails: isTrue,
        whenFailed: t(
          "de financiële problemen zijn de aanvrager te verwijten",
          "the financial problems are the applicant's fault",
        ),
      },
      {
        fact: "noOtherFinancialSolution",
        fails: isFalse,
        whenFailed: t("er is een andere oplossing", "another solution exists"),
      },
    ],
    whenMet: { status: "passed", explanation: t("financiële ontwrichting", "financial disruption") },
  }),
  groundRule({
    code: "GV.URG.5",
    ground: "geweld",
    article: "003 § 4.2 criterium 5 (geweld)",
    title: t(
      "Aantoonbaar geweld of reële bedreiging met geweld waardoor de aanvrager niet in de woning kan blijven, en geen (tijdelijk) onderdak te verkrijgen",
      "Demonstrable violence or a real threat of it so the applicant cannot stay in the home, and no (temporary) shelter available",
    ),
    conditions: [
      {
        fact: "violenceDemonstrable",
        fails: isFalse,
        whenFailed: t(
          "het geweld of de bedreiging is niet aangetoond (bijvoorbeeld met een politierapport)",
          "the violence or threat is not demonstrated (e.g. by a police report)",
        ),
      },
      {
        fact: "temporaryShelterAvailable",
        fails: isTrue,
        whenFailed: t("er is (tijdelijk) onderdak te verkrijgen", "(temporary) shelter is available"),
      },
    ],
    whenMet: {
      status: "passed",
      explanation: t("geweld of reële bedreiging, zonder onderdak", "violence or a real threat, without shelter"),
    },
  }),
  groundRule({
    code: "GV.URG.6",
    ground: "inwoning",
    article: "003 § 4.2 criterium 6 (langdurige inwoning)",
    title: t(
      "Ouder met minderjarige kinderen woont ten minste twee jaar in bij familie, vrienden of kennissen in de regio en reageerde voldoende op passende aanbiedingen",
      "Parent with minor children lodging with family or friends in the region for at least two years, having responded sufficiently to suitable offers",
    ),
    conditions: [
      noChildren,
      {
        fact: "lodgingYears",
        fails: below(2),
        whenFailed: t("de inwoning duurt korter dan twee jaar", "the lodging has lasted less than two years"),
      },
      {
        fact: "respondedEnough",
        fails: isFalse,
        whenFailed: t(
          "in de twee jaar voor de aanvraag onvoldoende gereageerd op passende woningaanbiedingen in de regio",
          "not enough responses to suitable offers in the region in the two years before the request",
        ),
      },
    ],
    whenMet: {
      status: "passed",
      explanation: t("langdurige inwoning met minderjarige kinderen", "long lodging with minor children"),
    },
  }),
  groundRule({
    code: "GV.URG.7",
    ground: "sociaal",
    article: "003 § 4.2 criterium 7 (sociale indicatie)",
    title: t(
      "Zeer ernstige sociale problemen, direct verband houdend met de woonsituatie, waardoor het gezin niet zelfstandig kan functioneren",
      "Very serious social problems directly related to the housing, so the family cannot function on its own",
    ),
    conditions: [
      {
        fact: "socialProblemsRelatedToHousing",
        fails: isFalse,
        whenFailed: t(
          "geen zeer ernstige sociale problemen door de woonsituatie",
          "no very serious social problems caused by the housing",
        ),
      },
    ],
    whenMet: {
      status: "review",
      explanation: t(
        "sociale indicatie: of de problemen zo ernstig zijn is een oordeel, geen rekensom.",
        "social indication: whether the problems are this serious is a judgement, not a calculation.",
      ),
    },
    decidedBy: commissie,
  }),
  groundRule({
    code: "GV.URG.8",
    ground: "herhuisvesting",
    article: "003 § 4.2 criterium 8 (herhuisvestingsurgentie)",
    title: t(
      "Een concreet plan voor sloop of renovatie van de woning noopt tot vertrek",
      "A concrete demolition or renovation plan forces leaving the home",
    ),
    conditions: [
      {
        fact: "demolitionOrRenovationPlan",
        fails: isFalse,
        whenFailed: t(
          "er is geen concreet sloop- of renovatieplan",
          "there is no concrete demolition or renovation plan",
        ),
      },
    ],
    whenMet: {
      status: "passed",
      explanation: t("herhuisvesting bij sloop of renovatie", "rehousing for demolition or renovation"),
    },
    hintWhenMet: t(
      "Herhuisvestingsurgentie vraagt de woningcorporatie aan bij B&W, niet de bewoner.",
      "The housing corporation applies for rehousing urgentie at B&W, not the resident.",
    ),
  }),
  groundRule({
    code: "GV.URG.9",
    ground: "uitstroom_instelling",
    article: "003 § 4.3, voorstel urgentie 4.3 (uitstroom uit instellingen)",
    title: t(
      "Uitstroom uit een erkende instelling: vanuit de regio opgenomen, ingeschreven bij WoningNet, voldoende gereageerd en de spoedzoekregeling gebruikt, advies zelfstandig wonen, na een jaar zonder succes",
      "Leaving a recognised institution: admitted from the region, registered at WoningNet, responded enough and used the spoedzoekregeling, advised to live independently, after a year without success",
    ),
    conditions: [
      {
        fact: "recognisedInstitution",
        fails: isFalse,
        whenFailed: t(
          "geen erkende instelling (particuliere instellingen doen niet mee)",
          "not a recognised institution (private ones are excluded)",
        ),
      },
      {
        fact: "admittedFromRegion",
        fails: isFalse,
        whenFailed: t("niet vanuit een regiogemeente opgenomen", "not admitted from a regional gemeente"),
      },
      {
        fact: "registeredWoningNet",
        fails: isFalse,
        whenFailed: t("niet ingeschreven bij WoningNet", "not registered at WoningNet"),
      },
      {
        fact: "respondedEnoughFromInstitution",
        fails: isFalse,
        whenFailed: t(
          "onvoldoende gereageerd op passende woningaanbiedingen in heel de regio",
          "not enough responses to suitable offers in the whole region",
        ),
      },
      {
        fact: "usedSpoedzoek",
        fails: isFalse,
        whenFailed: t("de spoedzoekregeling niet gebruikt", "the spoedzoekregeling was not used"),
      },
      {
        fact: "institutionAdvisesIndependent",
        fails: isFalse,
        whenFailed: t(
          "geen advies van de instelling dat zelfstandig wonen kan",
          "no advice from the institution that independent living is possible",
        ),
      },
      {
        fact: "yearsSearching",
        fails: below(1),
        whenFailed: t("nog geen jaar zonder succes gezocht", "not yet a year of searching without success"),
      },
    ],
    whenMet: {
      status: "review",
      explanation: t(
        "uitstroom uit een instelling: over de voorwaarden en de termijn van een jaar besluit de urgentiecommissie.",
        "leaving an institution: the urgentie committee decides on the conditions and the one-year term.",
      ),
    },
    shortfall: "review",
    decidedBy: commissie,
  }),
  groundRule({
    code: "GV.URG.BLIJF",
    ground: "blijf",
    article: "003 § 4.1 sub a (wettelijk verplichte urgentie)",
    title: t(
      "Verblijf in een voorziening voor tijdelijke opvang na het verlaten van de woning wegens relationele problemen of geweld",
      "Staying in temporary shelter after leaving home for relational problems or violence",
    ),
    conditions: [
      {
        fact: "inShelter",
        fails: isFalse,
        whenFailed: t("verblijft niet in zo'n opvang", "not staying in such a shelter"),
      },
    ],
    whenMet: {
      status: "passed",
      explanation: t(
        "wettelijke urgentie: verblijf in tijdelijke opvang",
        "statutory urgentie: staying in temporary shelter",
      ),
    },
    hintWhenMet: t(
      "Wettelijk verplichte urgentie (003 § 4.1): de randvoorwaarden en de voorwaarden voor elke huisvestingsvergunning (binding, inkomen) gelden nog steeds.",
      "Statutory urgentie (003 § 4.1): the general conditions and those for every housing permit (binding, income) still apply.",
    ),
  }),
  groundRule({
    code: "GV.URG.MANTELZORG",
    ground: "mantelzorg",
    article: "003 § 4.1 sub b (wettelijk verplichte urgentie)",
    title: t(
      "Mantelzorg verlenen of ontvangen (Wmo 2015, art. 1.1.1)",
      "Giving or receiving mantelzorg (Wmo 2015, art. 1.1.1)",
    ),
    conditions: [
      {
        fact: "mantelzorg",
        fails: isFalse,
        whenFailed: t("verleent of ontvangt geen mantelzorg", "neither gives nor receives mantelzorg"),
      },
    ],
    whenMet: { status: "passed", explanation: t("wettelijke urgentie: mantelzorg", "statutory urgentie: mantelzorg") },
    hintWhenMet: t(
      "Wettelijk verplichte urgentie (003 § 4.1): de randvoorwaarden en de voorwaarden voor elke huisvestingsvergunning (binding, inkomen) gelden nog steeds.",
      "Statutory urgentie (003 § 4.1): the general conditions and those for every housing permit (binding, income) still apply.",
    ),
  }),
  groundRule({
    code: "GV.URG.STATUSHOUDER",
    ground: "statushouder",
    article: "003 § 4.1 sub c, voorstel urgentie 4.1",
    title: t(
      "Statushouder die onder de taakstelling van een gemeente in Gooi en Vechtstreek valt",
      "Permit holder under the housing quota (taakstelling) of a Gooi en Vechtstreek gemeente",
    ),
    conditions: [
      {
        fact: "taakstelling",
        fails: isFalse,
        whenFailed: t("valt niet onder de taakstelling van een regiogemeente", "not under a regional gemeente's quota"),
      },
    ],
    whenMet: {
      status: "passed",
      explanation: t("statushouder onder de taakstelling", "permit holder under the quota"),
    },
    hintWhenMet: t(
      "Statushouder onder de taakstelling: de binding met de regio volgt uit de taakstelling van de gemeente die hem moet huisvesten, niet uit eigen woonjaren; de corporatie huisvest hem meestal via directe bemiddeling in overleg met die gemeente (003 § 3.3 en § 4.1 sub c).",
      "Permit holder under the quota: the binding with the region follows from the quota of the gemeente that must house him, not from years of residence; the corporation usually houses him through direct mediation in consultation with that gemeente (003 § 3.3 and § 4.1(c)).",
    ),
  }),
];
