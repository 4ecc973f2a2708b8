import { t } from "../../common/localized.js";
import { booleanFact, multiChoiceFact, numberFact, type FactDefinition } from "../../facts/fact-definition.js";
import { sharedFacts } from "../../facts/shared-facts.js";

/** The grounds a request can claim (several at once), facts.md `grounds`. */
export const urgentieGrounds = [
  { value: "medisch", label: t("1. Medische gronden", "1. Medical grounds") },
  { value: "calamiteit", label: t("2. Dakloosheid door een calamiteit", "2. Homeless through a calamity") },
  {
    value: "dakloze_ouder",
    label: t(
      "3. Dakloze ouder met minderjarige kinderen (na scheiding of einde psychiatrische opname)",
      "3. Homeless parent with minor children (after divorce or the end of a psychiatric admission)",
    ),
  },
  { value: "financiele_ontwrichting", label: t("4. Financiële ontwrichting", "4. Financial disruption") },
  { value: "geweld", label: t("5. Geweld of reële bedreiging met geweld", "5. Violence or a real threat of violence") },
  {
    value: "inwoning",
    label: t(
      "6. Langdurige inwoning van een ouder met minderjarige kinderen in de regio",
      "6. Long lodging of a parent with minor children in the region",
    ),
  },
  { value: "sociaal", label: t("7. Sociale indicatie", "7. Social indication") },
  {
    value: "herhuisvesting",
    label: t("8. Herhuisvesting (sloop of renovatie)", "8. Rehousing (demolition or renovation)"),
  },
  {
    value: "uitstroom_instelling",
    label: t("9. Uitstroom uit een erkende instelling", "9. Leaving a recognised institution"),
  },
  {
    value: "blijf",
    label: t(
      "Verblijf in tijdelijke opvang na relationele problemen of geweld (Blijf)",
      "Staying in shelter after relational problems or violence (Blijf)",
    ),
  },
  {
    value: "mantelzorg",
    label: t("Mantelzorg verlenen of ontvangen", "Giving or receiving informal care (mantelzorg)"),
  },
  {
    value: "statushouder",
    label: t(
      "Statushouder onder de taakstelling van een regiogemeente",
      "Permit holder under a regional gemeente's quota",
    ),
  },
] as const;
export type UrgentieGround = (typeof urgentieGrounds)[number]["value"];

const yes = (name: string, nl: string, en: string, help?: [string, string]) =>
  booleanFact(name, t(nl, en), help ? t(help[0], help[1]) : undefined);

/** Facts of the urgentie proposals, Gooi en Vechtstreek HVV 2019, in intake order (facts.md). */
export const urgentieFacts: readonly FactDefinition[] = [
  yes(
    "urgentWithin3Months",
    "Is er een noodsituatie die vraagt om een woning direct of uiterlijk binnen drie maanden, om ernstige schade door de huidige woonsituatie te voorkomen?",
    "Is there an emergency requiring a home at once or within three months, to prevent serious harm caused by the current housing situation?",
  ),
  yes(
    "triedToSolve",
    "Heeft de aanvrager aantoonbaar geprobeerd het probleem zelf op te lossen?",
    "Has the applicant demonstrably tried to solve the problem?",
  ),
  yes(
    "livesInRegion",
    "Woont de aanvrager in de regio Gooi en Vechtstreek?",
    "Does the applicant live in the Gooi en Vechtstreek region?",
  ),
  yes(
    "regionalBinding",
    "Heeft de aanvrager een maatschappelijke of economische binding met de regio?",
    "Does the applicant have a social or economic binding with the region?",
  ),
  yes(
    "onlySolvableInRegion",
    "Kan het woonprobleem aantoonbaar alleen in deze woningmarktregio worden opgelost?",
    "Can the housing problem demonstrably only be solved in this housing market region?",
  ),
  numberFact(
    "householdIncome",
    t(
      "Wat is het jaarinkomen van het huishouden (verzamelinkomen, kinderen niet meegerekend), in euro?",
      "What is the household's yearly income (verzamelinkomen, children not counted), in euros?",
    ),
    { min: 0, max: 10_000_000 },
  ),
  multiChoiceFact(
    "grounds",
    t("Op welke urgentiegrond(en) doet de aanvrager een beroep?", "Which urgentie ground(s) does the applicant claim?"),
    urgentieGrounds,
    t(
      "Meer gronden tegelijk kan; elke grond wordt apart beoordeeld.",
      "Several grounds at once is possible; each is assessed on its own.",
    ),
  ),
  sharedFacts.minorChildren,
  yes(
    "medicalProblemsWorsenedByHousing",
    "Hebben de aanvrager of een gezinslid medische problemen waarop de woonsituatie een zeer ernstige negatieve invloed heeft, en die redelijkerwijs niet in de huidige woning op te lossen zijn?",
    "Do the applicant or a household member have medical problems that the housing makes very seriously worse and that cannot reasonably be solved in it?",
  ),
  yes(
    "homePermanentlyUninhabitable",
    "Is de huidige woning door een calamiteit blijvend onbewoonbaar?",
    "Is the current home permanently uninhabitable through a calamity?",
  ),
  // Ground 2 asks two things ("blijvend onbewoonbaar en ... kan niet zelf in andere woonruimte
  // voorzien"): one question each, asked the positive way (no double negative).
  yes(
    "canArrangeOwnHousing",
    "Kan de aanvrager zelf in andere woonruimte voorzien (bijvoorbeeld via de verzekering, familie of een tweede woning)?",
    "Can the applicant arrange other housing themselves (for example through insurance, family or a second home)?",
  ),
  yes(
    "parentWithoutHousing",
    "Heeft de ouder na een scheiding of na het einde van een opname in een psychiatrische inrichting geen woonruimte voor zichzelf en de minderjarige kinderen?",
    "After a divorce or the end of an admission to a psychiatric institution, is the parent without housing for self and the minor children?",
  ),
  yes(
    "otherParentCannotHouse",
    "Is het voor de andere ouder redelijkerwijs onmogelijk de kinderen te huisvesten?",
    "Is it reasonably impossible for the other parent to house the children?",
  ),
  yes(
    "maritalHomeClaimable",
    "Kan van de aanvrager gevergd worden dat hij de (voormalige) echtelijke woning opeist?",
    "Can the applicant be expected to claim the (former) marital home?",
    ["Nee als er geen echtelijke woning is.", "No if there is no marital home."],
  ),
  yes(
    "financialProblemsUnforeseen",
    "Zijn de financiële problemen onvoorzien, zodat de huidige woonlasten niet meer op te brengen zijn?",
    "Are the financial problems unforeseen, so the current housing costs can no longer be paid?",
  ),
  yes(
    "financialProblemsBlameworthy",
    "Zijn de financiële problemen de aanvrager te verwijten?",
    "Are the financial problems the applicant's own fault?",
  ),
  yes(
    "noOtherFinancialSolution",
    "Toont de aanvrager aan dat er geen andere oplossing is?",
    "Does the applicant show that there is no other solution?",
  ),
  yes(
    "violenceDemonstrable",
    "Is het geweld of de reële bedreiging aantoonbaar (bijvoorbeeld een rapport van de politie), zodat de aanvrager niet in de woning kan blijven?",
    "Is the violence or real threat demonstrable (e.g. a police report), so the applicant cannot stay in the home?",
  ),
  yes("temporaryShelterAvailable", "Is er (tijdelijk) onderdak te verkrijgen?", "Is (temporary) shelter available?"),
  numberFact(
    "lodgingYears",
    t(
      "Hoeveel jaar woont de ouder met de kinderen in bij familie, vrienden of kennissen in de regio?",
      "For how many years has the parent with the children lodged with family or friends in the region?",
    ),
    { min: 0, max: 100 },
  ),
  yes(
    "respondedEnough",
    "Heeft de aanvrager in de twee jaar voor de urgentieaanvraag voldoende gereageerd op passende woningaanbiedingen in de regio?",
    "Has the applicant responded sufficiently to suitable offers in the region in the two years before the urgentie request?",
  ),
  yes(
    "socialProblemsRelatedToHousing",
    "Zijn er zeer ernstige sociale problemen, direct verband houdend met de woonsituatie, waardoor het gezin niet meer zelfstandig kan functioneren?",
    "Are there very serious social problems, directly related to the housing, so the family can no longer function on its own?",
  ),
  yes(
    "demolitionOrRenovationPlan",
    "Is er een concreet plan voor sloop of renovatie dat noopt tot vertrek uit de woning?",
    "Is there a concrete demolition or renovation plan that forces leaving the home?",
  ),
  yes(
    "recognisedInstitution",
    "Gaat het om een erkende (geen particuliere) instelling?",
    "Is it a recognised (not private) institution?",
  ),
  yes(
    "admittedFromRegion",
    "Is de bewoner vanuit een regiogemeente in de instelling opgenomen?",
    "Was the resident admitted to the institution from a regional gemeente?",
  ),
  yes(
    "registeredWoningNet",
    "Staat de bewoner als woningzoekende ingeschreven bij WoningNet?",
    "Is the resident registered as a home seeker at WoningNet?",
  ),
  yes(
    "respondedEnoughFromInstitution",
    "Heeft de bewoner tijdens het zoeken vanuit de instelling voldoende gereageerd op passende woningaanbiedingen in heel de regio?",
    "While searching from the institution, has the resident responded sufficiently to suitable offers in the whole region?",
  ),
  yes(
    "usedSpoedzoek",
    "Heeft de bewoner de spoedzoekregeling gebruikt?",
    "Has the resident used the spoedzoekregeling?",
  ),
  yes(
    "institutionAdvisesIndependent",
    "Adviseert de instelling dat de bewoner (eventueel met ambulante begeleiding) zelfstandig kan wonen?",
    "Does the institution advise that the resident can live independently (with ambulant support if needed)?",
  ),
  numberFact(
    "yearsSearching",
    t(
      "Hoe lang (in jaren) zoekt de bewoner al via WoningNet zonder succes?",
      "For how long (in years) has the resident searched via WoningNet without success?",
    ),
    { min: 0, max: 100 },
  ),
  yes(
    "inShelter",
    "Verblijft de aanvrager in tijdelijke opvang na het verlaten van de woning wegens relationele problemen of geweld?",
    "Is the applicant staying in temporary shelter after leaving home because of relational problems or violence?",
  ),
  yes(
    "mantelzorg",
    "Verleent of ontvangt de aanvrager mantelzorg (Wmo 2015, art. 1.1.1)?",
    "Does the applicant give or receive mantelzorg (Wmo 2015, art. 1.1.1)?",
  ),
  yes(
    "taakstelling",
    "Is de aanvrager een statushouder die onder de taakstelling van een gemeente in Gooi en Vechtstreek valt?",
    "Is the applicant a permit holder under the housing quota (taakstelling) of a Gooi en Vechtstreek gemeente?",
  ),
];
