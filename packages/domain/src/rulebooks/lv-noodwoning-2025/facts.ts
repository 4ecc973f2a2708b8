import { t } from "../../common/localized.js";
import { booleanFact, textFact, type FactDefinition } from "../../facts/fact-definition.js";
import { sharedFacts } from "../../facts/shared-facts.js";

/** Also read by lv-zorgafhankelijk-2025's support proposals (a family facing eviction). */
export const facingEvictionFact = booleanFact(
  "facingEviction",
  t("Is het gezin uit huis gezet of dreigt een huisuitzetting?", "Has the family been evicted, or is it threatened with eviction?"),
);

/** Facts of the noodwoning route (art. 6 and 1 sub l of seed 004), in intake order (facts.md). */
export const noodwoningFacts: readonly FactDefinition[] = [
  sharedFacts.minorChildren,
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
  booleanFact(
    "multiProblem",
    t("Is er sprake van multiproblematiek (problemen op meer dan één leefgebied)?", "Are there multiple problems (in more than one area of life)?"),
  ),
  booleanFact(
    "careArranged",
    t("Is de zorg geregeld (begeleiding door LIMOR vanaf de eerste dag)?", "Is care arranged (support by LIMOR from day one)?"),
  ),
  booleanFact(
    "networkCanHouse",
    t("Kan het eigen netwerk (familie, vrienden) het gezin opvangen?", "Can the family's own network (relatives, friends) house it?"),
  ),
  textFact(
    "evictingLandlord",
    t("Welke verhuurder zet het gezin uit?", "Which landlord is evicting the family?"),
    t("Die verhuurder doet geen aanbod (art. 6 lid 3).", "That landlord makes no offer (art. 6(3))."),
  ),
];
