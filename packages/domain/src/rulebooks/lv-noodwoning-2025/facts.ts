import { t } from "../../common/localized.js";
import { booleanFact, textFact, type FactDefinition } from "../../facts/fact-definition.js";
import { sharedFacts } from "../../facts/shared-facts.js";
import { transgressiveBehaviourFact } from "../lv-parties/family-exclusion.js";

/** Also read by lv-zorgafhankelijk-2025's support proposals (a family facing eviction). */
export const facingEvictionFact = booleanFact(
  "facingEviction",
  t(
    "Is het gezin uit huis gezet of dreigt een huisuitzetting?",
    "Has the family been evicted, or is it threatened with eviction?",
  ),
);

/** Facts of the noodwoning route (art. 6 and 1 sub l of seed 004), in intake order (facts.md). */
export const noodwoningFacts: readonly FactDefinition[] = [
  sharedFacts.minorChildren,
  transgressiveBehaviourFact,
  facingEvictionFact,
  booleanFact(
    "privateSector",
    t(
      "Is (of wordt) het gezin uit een particuliere huur- of koopwoning gezet?",
      "Is the family being evicted from private rental or owner-occupied housing?",
    ),
    t(
      "Dan bepalen de Lokale Kamer, LIMOR en ketenpartners eerst of herplaatsing in Leidschendam-Voorburg terecht is (art. 6 lid 5).",
      "Then the Lokale Kamer, LIMOR and partners first decide whether rehousing in Leidschendam-Voorburg is justified (art. 6(5)).",
    ),
  ),
  textFact(
    "evictingLandlord",
    t("Welke verhuurder zet het gezin uit?", "Which landlord is evicting the family?"),
    t(
      "Vidomes, WoonInvest of Stichting Duivenvoorde, of de naam van een andere verhuurder. De uitzettende verhuurder doet geen aanbod (art. 6 lid 3).",
      "Vidomes, WoonInvest or Stichting Duivenvoorde, or the name of another landlord. The evicting landlord makes no offer (art. 6(3)).",
    ),
  ),
  booleanFact(
    "multiProblem",
    t(
      "Is er sprake van multiproblematiek (problemen op meer dan één leefgebied)?",
      "Are there multiple problems (in more than one area of life)?",
    ),
  ),
  booleanFact(
    "careArranged",
    t(
      "Is de zorg geregeld (begeleiding door LIMOR vanaf de eerste dag)?",
      "Is care arranged (support by LIMOR from day one)?",
    ),
  ),
  booleanFact(
    "networkCanHouse",
    t(
      "Kan het eigen netwerk (familie, vrienden) het gezin opvangen?",
      "Can the family's own network (relatives, friends) house it?",
    ),
  ),
];
