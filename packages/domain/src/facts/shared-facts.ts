import { t } from "../common/localized.js";
import { numberFact, textFact, type FactDefinition } from "./fact-definition.js";

/** Facts used by more than one rulebook (facts.md, "Shared"). Names are a public contract. */
export const sharedFacts = {
  residentOf: textFact(
    "residentOf",
    t("In welke gemeente woont de kandidaat nu?", "In which municipality does the candidate live now?"),
    t(
      'Een woonplaats van de gemeente mag ook (bijv. Voorburg of Stompwijk; Nootdorp hoort bij Pijnacker-Nootdorp, Leidschenveen bij Den Haag). Verblijft de kandidaat in een instelling, dan telt de gemeente waar hij woonde voor de opname ("thuis of in een instelling", art. 1 sub c seed 004; AANNAME).',
      'A woonplaats of the municipality is fine too (e.g. Voorburg or Stompwijk; Nootdorp belongs to Pijnacker-Nootdorp, Leidschenveen to Den Haag). If the candidate stays in an institution, the municipality where they lived before admission counts ("at home or in an institution", art. 1(c) seed 004; ASSUMED).',
    ),
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
