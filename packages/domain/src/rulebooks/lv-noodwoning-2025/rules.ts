import { t } from "../../common/localized.js";
import type { RuleDefinition } from "../../check/rule.js";
import {
  bool,
  booleanRule,
  failed,
  notApplicable,
  num,
  passed,
  review,
  str,
  unknown,
} from "../../check/rule-helpers.js";
import { lvFamilyExclusionRule } from "../lv-parties/family-exclusion.js";
import { findLvLandlord } from "../lv-parties/landlords.js";

/** Seed 004_155496c065a393ec.txt, art. 6 and art. 1 sub l: may this family be aangemeld for a noodwoning? */
export const noodwoningRules: readonly RuleDefinition[] = [
  {
    code: "LV.6.GEZIN",
    article: "art. 6 lid 1; art. 1 sub l",
    title: t(
      "Gezin met inwonende minderjarige kinderen die de woning als hoofdverblijf hebben",
      "Family with minor children whose main residence is the home",
    ),
    facts: ["minorChildren"],
    evaluate: (facts) => {
      const children = num(facts, "minorChildren");
      if (children === undefined) return unknown(["minorChildren"]);
      if (children > 0)
        return passed(
          children === 1
            ? t("in het gezin woont 1 minderjarig kind", "1 minor child lives in the family")
            : t(
                `in het gezin wonen ${children} minderjarige kinderen`,
                `${children} minor children live in the family`,
              ),
        );
      return failed(t("er wonen geen minderjarige kinderen in het gezin", "no minor children live in the family"), [
        t(
          "De noodwoning is alleen voor gezinnen met inwonende minderjarige kinderen; een zorgafhankelijke kandidaat kan via de convenantwoning (regeling lv-zorgafhankelijk-2025).",
          "The noodwoning is only for families with minor children at home; a care-dependent candidate can go the convenantwoning route (rulebook lv-zorgafhankelijk-2025).",
        ),
      ]);
    },
  },
  lvFamilyExclusionRule,
  booleanRule({
    code: "LV.6.UITZETTING",
    article: "art. 6 lid 1",
    title: t(
      "Het gezin wordt uitgezet of een huisuitzetting dreigt",
      "The family is evicted or threatened with eviction",
    ),
    fact: "facingEviction",
    fails: false,
  }),
  {
    code: "LV.6.5.PARTICULIER",
    article: "art. 6 lid 3-5",
    title: t(
      "Bij uitzetting uit de particuliere huur- of koopsector eerst afstemming (screening) of herplaatsing in Leidschendam-Voorburg terecht is; bij uitzetting uit de sociale huur een verhuurder van het convenant",
      "On eviction from private rental or owner-occupied housing, first a screening whether rehousing in Leidschendam-Voorburg is justified; on eviction from social housing, a landlord of the convenant",
    ),
    facts: ["facingEviction", "privateSector", "evictingLandlord"],
    statuses: ["passed", "review", "unknown", "not_applicable"],
    decidedBy: t(
      "de Lokale Kamer, LIMOR en eventueel andere betrokken ketenpartners (screening, art. 6 lid 5)",
      "the Lokale Kamer, LIMOR and any other partners involved (screening, art. 6(5))",
    ),
    // Without an eviction there is no sector to ask about; the family fails LV.6.UITZETTING anyway.
    // Lid 3 and 4 speak of "de sociale verhuurder bij wie de uitzetting heeft plaatsgevonden" among
    // the convenant's landlords, and lid 5 screens only the private sector: a social-sector eviction
    // by a landlord outside the convenant has no Leidschendam-Voorburg link yet (ASSUMED: screened too).
    evaluate: (facts) => {
      if (bool(facts, "facingEviction") === false)
        return notApplicable(t("er is geen (dreigende) huisuitzetting", "there is no (threatened) eviction"));
      const privateSector = bool(facts, "privateSector");
      if (privateSector === undefined) return unknown(["privateSector"]);
      if (privateSector)
        return review(
          t(
            "het gezin wordt uit de particuliere huur- of koopsector gezet: eerst bepalen de Lokale Kamer, LIMOR en ketenpartners of herplaatsing in Leidschendam-Voorburg terecht en goed onderbouwd is",
            "the family is evicted from private rental or owner-occupied housing: the Lokale Kamer, LIMOR and partners first decide whether rehousing in Leidschendam-Voorburg is justified and well founded",
          ),
        );
      const landlordName = str(facts, "evictingLandlord");
      if (landlordName === undefined) return unknown(["evictingLandlord"]);
      const landlord = findLvLandlord(landlordName);
      if (landlord)
        return passed(
          t(
            `${landlord.name} zet het gezin uit; die verhuurder doet geen aanbod (art. 6 lid 3)`,
            `${landlord.name} is evicting the family; that landlord makes no offer (art. 6(3))`,
          ),
        );
      return review(
        t(
          `${landlordName} is geen sociale verhuurder van dit convenant: de band met Leidschendam-Voorburg die art. 6 lid 4 en 5 veronderstellen, moet eerst blijken uit afstemming zoals bij de particuliere sector (AANNAME)`,
          `${landlordName} is not a social landlord of this convenant: the Leidschendam-Voorburg link that art. 6(4) and (5) assume must first be shown by a screening as for the private sector (ASSUMED)`,
        ),
      );
    },
  },
  booleanRule({
    code: "LV.1l.MULTIPROBLEEM",
    article: "art. 1 sub l",
    title: t("Er is sprake van multiproblematiek", "There are multiple problems (multiproblematiek)"),
    fact: "multiProblem",
    fails: false,
  }),
  booleanRule({
    code: "LV.1l.ZORG",
    article: "art. 1 sub l; art. 6 lid 2",
    title: t(
      "Zorg is geregeld (LIMOR begeleidt het gezin vanaf de eerste dag)",
      "Care is arranged (LIMOR supports the family from day one)",
    ),
    fact: "careArranged",
    fails: false,
    hintOnFail: t(
      "Het Meldpunt Zorgwekkend gedrag van de GGD Haaglanden leidt het gezin toe naar LIMOR, die de begeleiding vanaf de eerste dag op zich neemt (art. 2 Meldpunt, art. 6 lid 1 en 2).",
      "The Meldpunt Zorgwekkend gedrag of GGD Haaglanden leads the family to LIMOR, which supports it from day one (art. 2 Meldpunt, art. 6(1) and (2)).",
    ),
  }),
  booleanRule({
    code: "LV.6.NETWERK",
    article: "art. 6 lid 1",
    title: t("Opvang in het eigen netwerk is niet mogelijk", "The family's own network cannot house it"),
    fact: "networkCanHouse",
    fails: true,
    hintOnFail: t(
      "Opvang in het eigen netwerk gaat voor een noodwoning (art. 6 lid 1).",
      "Shelter in the family's own network comes before a noodwoning (art. 6(1)).",
    ),
  }),
];
