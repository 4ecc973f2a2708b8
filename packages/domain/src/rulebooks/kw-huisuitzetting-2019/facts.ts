import { t } from "../../common/localized.js";
import { booleanFact, type FactDefinition } from "../../facts/fact-definition.js";
import { sharedFacts } from "../../facts/shared-facts.js";

/** Facts of the Krimpenerwaard convenant, in intake order (facts.md). */
export const kwFacts: readonly FactDefinition[] = [
  booleanFact(
    "notSelfReliant",
    t(
      "Is de huurder door financiële, psychische, maatschappelijke en/of sociale problemen niet zodanig redzaam dat hij huisuitzetting kan voorkomen?",
      "Is the tenant, through financial, psychological, societal and/or social problems, not self-reliant enough to prevent eviction?",
    ),
    t("Uw eigen inschatting; het Meldpunt stelt de kwetsbaarheid na aanmelding vast.", "Your own assessment; the Meldpunt establishes vulnerability after aanmelding."),
  ),
  booleanFact(
    "vulnerabilityEstablished",
    t("Heeft het Meldpunt Zorg en Overlast de kwetsbaarheid vastgesteld?", "Has the Meldpunt Zorg en Overlast established vulnerability?"),
  ),
  booleanFact("opiumActViolation", t("Heeft de huurder de Opiumwet overtreden?", "Has the tenant violated the Opium Act?")),
  booleanFact(
    "illegalOccupation",
    t("Woont de huurder onrechtmatig of illegaal in de woning?", "Does the tenant occupy the home unlawfully or illegally?"),
  ),
  booleanFact("hasResidenceStatus", t("Heeft de huurder een verblijfsstatus?", "Does the tenant have a lawful residence status?")),
  booleanFact("extremeNuisance", t("Veroorzaakt de huurder extreme overlast?", "Does the tenant cause extreme nuisance?")),
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
      "Betaalt de huurder vanaf het moment van aanmelden de lopende huur (en heeft hij dat toegezegd)?",
      "Does the tenant pay, and has he agreed to pay, the running rent from the moment of aanmelding?",
    ),
    t("Het gaat om de lopende huur, niet om een bestaande achterstand.", "This is about the running rent, not existing arrears."),
  ),
  sharedFacts.minorChildren,
];
