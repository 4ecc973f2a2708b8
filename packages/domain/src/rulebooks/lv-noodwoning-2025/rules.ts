import { t } from "../../common/localized.js";
import type { RuleDefinition } from "../../check/rule.js";
import { bool, booleanRule, failed, notApplicable, num, passed, review, unknown } from "../../check/rule-helpers.js";

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
      if (children > 0) return passed(t(`${children} inwonend(e) minderjarig(e) kind(eren)`, `${children} minor child(ren) living at home`));
      return failed(t("geen inwonende minderjarige kinderen", "no minor children living at home"), [
        t(
          "De noodwoning is alleen voor gezinnen met inwonende minderjarige kinderen; een zorgafhankelijke kandidaat kan via de convenantwoning (regeling lv-zorgafhankelijk-2025).",
          "The noodwoning is only for families with minor children at home; a care-dependent candidate can go the convenantwoning route (rulebook lv-zorgafhankelijk-2025).",
        ),
      ]);
    },
  },
  booleanRule({
    code: "LV.6.UITZETTING",
    article: "art. 6 lid 1",
    title: t("Het gezin wordt uitgezet of een huisuitzetting dreigt", "The family is evicted or threatened with eviction"),
    fact: "facingEviction",
    fails: false,
  }),
  {
    code: "LV.6.5.PARTICULIER",
    article: "art. 6 lid 5",
    title: t(
      "Bij uitzetting uit de particuliere huur- of koopsector eerst afstemming (screening) of herplaatsing in Leidschendam-Voorburg terecht is",
      "On eviction from private rental or owner-occupied housing, first a screening whether rehousing in Leidschendam-Voorburg is justified",
    ),
    facts: ["facingEviction", "privateSector"],
    statuses: ["passed", "review", "unknown", "not_applicable"],
    decidedBy: t(
      "de Lokale Kamer, LIMOR en eventueel andere betrokken ketenpartners (screening, art. 6 lid 5)",
      "the Lokale Kamer, LIMOR and any other partners involved (screening, art. 6(5))",
    ),
    // Without an eviction there is no sector to ask about; the family fails LV.6.UITZETTING anyway.
    evaluate: (facts) => {
      if (bool(facts, "facingEviction") === false)
        return notApplicable(t("geen (dreigende) huisuitzetting", "no (threatened) eviction"));
      const privateSector = bool(facts, "privateSector");
      if (privateSector === undefined) return unknown(["privateSector"]);
      if (!privateSector) return passed(t("uitzetting door een sociale verhuurder", "eviction by a social landlord"));
      return review(
        t(
          "uitzetting uit de particuliere huur- of koopsector: eerst screening of herplaatsing in Leidschendam-Voorburg terecht en goed onderbouwd is",
          "eviction from private rental or owner-occupied housing: first a screening whether rehousing in Leidschendam-Voorburg is justified and well founded",
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
    title: t("Zorg is geregeld (LIMOR begeleidt het gezin vanaf de eerste dag)", "Care is arranged (LIMOR supports the family from day one)"),
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
