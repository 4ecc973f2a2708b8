import { t } from "../../common/localized.js";
import { booleanFact, choiceFact, type Choice, type FactDefinition } from "../../facts/fact-definition.js";
import { sharedFacts } from "../../facts/shared-facts.js";
import { kwParties } from "./parties.js";

/** "Andere verhuurder": a landlord that did not sign, or a home outside Krimpenerwaard. */
export const KW_OTHER_LANDLORD = "andere_verhuurder";
const landlordChoices = [
  ...kwParties.filter((p) => p.role === "sociale_verhuurder").map((p) => ({ value: p.id, label: t(p.name, p.name) })),
  {
    value: KW_OTHER_LANDLORD,
    label: t(
      "Een andere verhuurder, of een woning buiten Krimpenerwaard",
      "Another landlord, or a home outside Krimpenerwaard",
    ),
  },
] as Choice[] as [Choice, ...Choice[]];

/** Facts of the Krimpenerwaard convenant, in intake order (facts.md). */
export const kwFacts: readonly FactDefinition[] = [
  choiceFact(
    "landlordCorporation",
    t(
      "Van welke woningcorporatie huurt de huurder zijn woning in Krimpenerwaard?",
      "From which housing corporation does the tenant rent the home in Krimpenerwaard?",
    ),
    landlordChoices,
    t(
      "Het convenant geldt voor huurders van de corporaties die het ondertekenden, in de gemeente Krimpenerwaard.",
      "The convenant covers tenants of the corporations that signed it, in the gemeente Krimpenerwaard.",
    ),
  ),
  booleanFact(
    "notSelfReliant",
    t(
      "Heeft de huurder hulp nodig om een huisuitzetting te voorkomen, door financiële, psychische, maatschappelijke en/of sociale problemen?",
      "Does the tenant need help to prevent an eviction, because of financial, psychological, societal and/or social problems?",
    ),
    t(
      'Je eigen inschatting: "niet zodanig redzaam dat ze huisuitzetting kunnen voorkomen". Het Meldpunt stelt de kwetsbaarheid na aanmelding vast.',
      'Your own assessment: "not self-reliant enough to prevent eviction". The Meldpunt establishes vulnerability after aanmelding.',
    ),
  ),
  booleanFact(
    "vulnerabilityEstablished",
    t(
      "Heeft het Meldpunt Zorg en Overlast de kwetsbaarheid vastgesteld?",
      "Has the Meldpunt Zorg en Overlast established vulnerability?",
    ),
  ),
  booleanFact(
    "opiumActViolation",
    t("Heeft de huurder de Opiumwet overtreden?", "Has the tenant violated the Opium Act?"),
  ),
  booleanFact(
    "illegalOccupation",
    t(
      "Woont de huurder onrechtmatig of illegaal in de woning?",
      "Does the tenant occupy the home unlawfully or illegally?",
    ),
  ),
  booleanFact(
    "hasResidenceStatus",
    t("Verblijft de huurder rechtmatig in Nederland?", "Does the tenant stay lawfully in the Netherlands?"),
    t(
      "Bijvoorbeeld als Nederlander, EU-burger of met een verblijfsvergunning.",
      "For example as a Dutch or EU citizen, or with a residence permit.",
    ),
  ),
  booleanFact(
    "extremeNuisance",
    t("Veroorzaakt de huurder extreme overlast?", "Does the tenant cause extreme nuisance?"),
  ),
  booleanFact("hasLegalIncome", t("Heeft de huurder een legaal inkomen?", "Does the tenant have a legal income?")),
  booleanFact(
    "willingToCooperate",
    t(
      "Is de huurder bereid mee te werken aan een hulpverleningstraject en de daaraan gestelde voorwaarden?",
      "Is the tenant willing to cooperate with a support programme and its conditions?",
    ),
  ),
  booleanFact(
    "paysCurrentRent",
    t(
      "Betaalt de huurder vanaf de aanmelding de lopende huur, of heeft hij dat toegezegd?",
      "Does the tenant pay, and has he agreed to pay, the running rent from the moment of aanmelding?",
    ),
    t(
      "Het gaat om de lopende huur, niet om een bestaande achterstand.",
      "This is about the running rent, not existing arrears.",
    ),
  ),
  sharedFacts.minorChildren,
];
