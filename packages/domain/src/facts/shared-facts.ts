import { t } from "../common/localized.js";
import { numberFact, textFact, type FactDefinition } from "./fact-definition.js";

/** Facts used by more than one rulebook (facts.md, "Shared"). Names are a public contract. */
export const sharedFacts = {
  residentOf: textFact(
    "residentOf",
    t("In welke gemeente woont de kandidaat nu?", "In which municipality does the candidate live now?"),
    t("Een kern van de gemeente mag ook (bijv. Voorburg).", "A village of the municipality is fine too (e.g. Voorburg)."),
  ),
  yearsResident: numberFact(
    "yearsResident",
    t(
      "Hoeveel jaar woont de kandidaat onafgebroken in deze gemeente (tot nu)?",
      "For how many years has the candidate lived in this municipality without interruption (up to now)?",
    ),
    { min: 0, max: 120 },
  ),
  yearsResidentInLast10: numberFact(
    "yearsResidentInLast10",
    t(
      "Wat is de langste onafgebroken periode (in jaren) in deze gemeente binnen de laatste tien jaar?",
      "What is the longest uninterrupted stretch (in years) in this municipality within the last ten years?",
    ),
    { min: 0, max: 10 },
  ),
  minorChildren: numberFact(
    "minorChildren",
    t(
      "Hoeveel minderjarige kinderen hebben hun hoofdverblijf in het huishouden?",
      "How many minor children have their main residence in the household?",
    ),
    { integer: true, min: 0, max: 30 },
  ),
  householdSize: numberFact(
    "householdSize",
    t("Uit hoeveel personen bestaat het huishouden?", "How many persons are in the household?"),
    { integer: true, min: 1, max: 30 },
  ),
} satisfies Record<string, FactDefinition>;
