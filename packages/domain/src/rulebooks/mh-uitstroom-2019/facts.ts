import { t } from "../../common/localized.js";
import { booleanFact, choiceFact, type FactDefinition } from "../../facts/fact-definition.js";

/** Facts of the Midden-Holland uitstroom convenant, in intake order (facts.md). */
export const mhFacts: readonly FactDefinition[] = [
  choiceFact("situation", t("Uit welke situatie komt de kandidaat?", "Which situation does the candidate come from?"), [
    {
      value: "maatschappelijke_opvang",
      label: t("Uitstroom uit de maatschappelijke opvang", "Leaving a shelter (maatschappelijke opvang)"),
    },
    {
      value: "tijdelijk_verblijf",
      label: t("Uitstroom uit tijdelijk verblijf", "Leaving temporary supported housing (tijdelijk verblijf)"),
    },
    {
      value: "beschermd_wonen",
      label: t("Uitstroom uit beschermd wonen", "Leaving protected living (beschermd wonen)"),
    },
    {
      value: "ex_gedetineerde",
      label: t("Ex-gedetineerde, (rechtstreeks) uit detentie", "Ex-prisoner, (directly) out of detention"),
    },
    { value: "dak_thuisloos", label: t("Dak- of thuisloos", "Homeless") },
    {
      value: "vrouwenopvang",
      label: t("Uitstroom uit de Vrouwenopvang", "Leaving the women's shelter (Vrouwenopvang)"),
    },
    { value: "anders", label: t("Iets anders", "Something else") },
  ]),
  booleanFact(
    "institutionRegional",
    t(
      "Heeft de instelling een regionale functie (plaatsing geïndiceerd vanuit Wmo, Jeugdwet of Wlz)?",
      "Does the institution have a regional function (placement indicated under the Wmo, Jeugdwet or Wlz)?",
    ),
  ),
  booleanFact("hasHousing", t("Beschikt de ex-gedetineerde over huisvesting?", "Does the ex-prisoner have housing?")),
  booleanFact(
    "hasBriefadres",
    t(
      "Heeft de kandidaat een briefadres van de gemeente (geen vaste woon- of verblijfplaats)?",
      "Does the candidate have a briefadres from the gemeente (no fixed abode)?",
    ),
  ),
  booleanFact(
    "inSupportProgramme",
    t(
      "Is de kandidaat opgenomen in een hulpverleningstraject?",
      "Is the candidate in a support programme (hulpverleningstraject)?",
    ),
  ),
  booleanFact(
    "acceptsZorgdakcontract",
    t(
      "Is de kandidaat bereid een zorgdakcontract te accepteren?",
      "Is the candidate willing to accept a zorgdakcontract?",
    ),
    t("Het huurcontract wordt gekoppeld aan een begeleidingscontract.", "The lease is linked to a support contract."),
  ),
  booleanFact(
    "canFindHousingAlone",
    t(
      "Kan de kandidaat op eigen kracht passende woonruimte vinden?",
      "Can the candidate find suitable housing on his or her own?",
    ),
    t(
      "Het convenant is voor mensen die dat niet kunnen (toelichting art. 1).",
      "The convenant is for people who cannot (toelichting art. 1).",
    ),
  ),
  booleanFact(
    "acceptsSupport",
    t("Accepteert de kandidaat (woon)begeleiding?", "Does the candidate accept (housing) support?"),
    t(
      "De huurovereenkomst wordt gekoppeld aan een begeleidingscontract (zorgdakcontract).",
      "The lease is linked to a support contract (zorgdakcontract).",
    ),
  ),
  booleanFact(
    "readyToLiveIndependently",
    t(
      "Is de kandidaat er klaar voor om zelfstandig te wonen (oordeel van de hulpverleningsinstantie)?",
      "Is the candidate ready to live independently (as judged by the support organisation)?",
    ),
  ),
  booleanFact(
    "regionMostAppropriate",
    t(
      "Is de regio Midden-Holland de meest aangewezen verblijfplaats voor de kandidaat?",
      "Is the region Midden-Holland the most appropriate place for the candidate to live?",
    ),
  ),
];
