import { t, type Localized } from "../../common/localized.js";
import { isSameGemeente } from "../../common/gemeenten.js";
import type { RuleDefinition } from "../../check/rule.js";
import { bool, booleanRule, failed, has, num, passed, review, str, unknown } from "../../check/rule-helpers.js";
import { lvFamilyExclusionRule } from "../lv-parties/family-exclusion.js";

const GEMEENTE = "Leidschendam-Voorburg";
const MIN_YEARS = 6;

const toetsingscommissieHint = t(
  "Zonder begeleiding en/of behandeling is dit convenant niet de route: vraag begeleiding aan via de Wmo-toegang van de gemeente, of (alleen bij levensbedreigende of levensontwrichtende situaties) een voorrangsverklaring bij de Toetsingscommissie van de gemeente (overwegingen; art. 2 Gemeente b en c).",
  "Without support and/or treatment this convenant is not the route: apply for support through the gemeente's Wmo access, or (only in life-threatening or life-disrupting situations) for a priority declaration from the gemeente's Toetsingscommissie (recitals; art. 2 Gemeente b and c).",
);
const budgetHint = t(
  "Budgetbeheer is verplicht: als de kandidaat budgetbeheer krijgt of aanvaardt, of de begeleider gemotiveerd afwijkt, voldoet hij aan art. 5 lid 6 sub j.",
  "Budget management is mandatory: with budget management or a motivated exception the candidate meets art. 5(6)(j).",
);
const creditHint = t(
  "Een uitzetting om huurschuld of een andere reden sluit niet uit, maar de sociale verhuurder checkt de kredietwaardigheid aan de hand van negatieve betalingservaringen (art. 5 lid 8) en kan bij een verhoogd risico in overleg met de zorgaanbieder extra voorwaarden stellen (art. 5 lid 9).",
  "An eviction for rent arrears or another reason does not exclude, but the social landlord checks creditworthiness from negative payment records (art. 5(8)) and may, with a higher risk, add conditions in consultation with the care provider (art. 5(9)).",
);
const evictionHint = t(
  "Een uitzetting vanwege overlast, fraude of ondermijning in de afgelopen drie jaar sluit voordracht uit, tenzij de kandidaat uit een noodwoning komt (art. 5 lid 6 sub k); drie jaar na de uitzetting geldt dit niet meer.",
  "An eviction for nuisance, fraud or organised crime in the last three years rules out nomination unless the candidate moves on from a noodwoning (art. 5(6)(k)); three years after the eviction it no longer applies.",
);
const mayorRouteHint = t(
  "Kandidaat met een TBS-maatregel: alleen voor te dragen als hij is aangedragen via de burgemeester (art. 5 lid 6 sub l).",
  "Candidate under a TBS measure: can only be nominated when put forward through the burgemeester (art. 5(6)(l)).",
);

const reasonWords: Record<string, Localized> = {
  overlast: t("overlast", "nuisance"),
  fraude: t("fraude", "fraud"),
  ondermijning: t("ondermijning", "organised crime (ondermijning)"),
  huurschuld: t("huurschuld", "rent arrears"),
  anders: t("een andere reden", "another reason"),
};
const reasonWord = (reason: string): Localized => reasonWords[reason] ?? t(reason, reason);

/** Unknown with the still-missing facts in order, or undefined when all are known. */
function needOf(facts: Readonly<Record<string, unknown>>, names: readonly string[]) {
  const need = names.filter((n) => facts[n] === undefined);
  return need.length > 0 ? unknown(need) : undefined;
}

/** Seed 004_155496c065a393ec.txt, in the order of the intake: doelgroep, scope, binding, exclusion, art. 5 lid 6. */
export const lvRules: readonly RuleDefinition[] = [
  {
    code: "LV.1r.DOELGROEP",
    article: "art. 1 sub r",
    title: t(
      "Zorgafhankelijke groep: inwoner met begeleiding en/of behandeling die niet op eigen kracht in huisvesting kan voorzien",
      "Care-dependent group: a resident with support and/or treatment who cannot find housing on his or her own",
    ),
    facts: ["receivesSupport", "canFindHousingAlone"],
    evaluate: (facts) => {
      if (bool(facts, "receivesSupport") === false)
        return failed(
          t(
            "de kandidaat ontvangt geen begeleiding en/of behandeling",
            "the candidate receives no support and/or treatment",
          ),
          [toetsingscommissieHint],
        );
      if (bool(facts, "canFindHousingAlone") === true)
        return failed(
          t(
            "de kandidaat kan op eigen kracht in huisvesting voorzien",
            "the candidate can find housing on his or her own",
          ),
        );
      return needOf(facts, ["receivesSupport", "canFindHousingAlone"]) ?? passed();
    },
  },
  booleanRule({
    code: "LV.WLZ",
    article: "overwegingen (Wlz-woonvoorzieningen); art. 4 lid 6",
    title: t(
      "De gevraagde woning is geen woonvoorziening die wordt gefinancierd op grond van de Wet langdurige zorg",
      "The requested home is not a housing facility financed under the Long-term Care Act (Wlz)",
    ),
    fact: "wlzFinanced",
    fails: true,
    explainFailed: t(
      "het convenant is niet van toepassing op woonvoorzieningen die uit de Wlz worden gefinancierd",
      "the convenant does not apply to housing facilities financed under the Wlz",
    ),
    explainPassed: t(
      "geen Wlz-woonvoorziening (Wlz-zorg voor de huurder zelf mag wel, art. 4 lid 6)",
      "not a Wlz housing facility (Wlz care for the tenant is allowed, art. 4(6))",
    ),
  }),
  {
    code: "LV.1c.BINDING",
    article: "art. 1 sub c",
    title: t(
      "Ten minste zes jaar inwoner van Leidschendam-Voorburg, of in de voorafgaande tien jaar ten minste zes jaar onafgebroken",
      "Resident of Leidschendam-Voorburg for at least six years, or at least six uninterrupted years within the previous ten",
    ),
    facts: ["yearsResident", "yearsResidentInLast10"],
    statuses: ["passed", "review", "unknown"],
    decidedBy: t(
      "de sociale verhuurder, die de regie over de toewijzing voert (art. 5 lid 5), in overleg met de begeleider of casemanager (AANNAME)",
      "the social landlord, who directs the allocation (art. 5(5)), in consultation with the support worker or casemanager (ASSUMED)",
    ),
    // Shorter residence never fails: the seed asks for maatwerk, so a human decides.
    evaluate: (facts) => {
      const now = num(facts, "yearsResident");
      const inLast10 = num(facts, "yearsResidentInLast10");
      if ((now ?? 0) >= MIN_YEARS || (inLast10 ?? 0) >= MIN_YEARS) return passed();
      return (
        needOf(facts, ["yearsResident", "yearsResidentInLast10"]) ??
        review(
          t(
            `korter dan ${MIN_YEARS} jaar inwoner (${now} jaar nu, ${inLast10} jaar onafgebroken in de laatste tien): maatwerk`,
            `resident for less than ${MIN_YEARS} years (${now} years now, ${inLast10} uninterrupted in the last ten): maatwerk`,
          ),
        )
      );
    },
  },
  lvFamilyExclusionRule,
  booleanRule({
    code: "LV.5.6.a",
    article: "art. 5 lid 6 sub a",
    title: t("Beschikt over een geldig legitimatiebewijs", "Has a valid ID"),
    fact: "validId",
    fails: false,
  }),
  {
    code: "LV.5.6.b",
    article: "art. 5 lid 6 sub b; art. 2 Zorgorganisaties d",
    title: t(
      "Staat ingeschreven bij Woonnet Haaglanden, of voor een woning van Stichting Duivenvoorde bij Stichting Duivenvoorde",
      "Registered at Woonnet Haaglanden, or for a home of Stichting Duivenvoorde at Stichting Duivenvoorde",
    ),
    facts: ["targetLandlord", "registeredWoonnet", "registeredDuivenvoorde"],
    evaluate: (facts) => {
      const duivenvoorde = str(facts, "targetLandlord") === "Stichting Duivenvoorde";
      const fact = duivenvoorde ? "registeredDuivenvoorde" : "registeredWoonnet";
      const registered = bool(facts, fact);
      if (registered === undefined) return unknown([fact]);
      if (registered)
        return passed(
          duivenvoorde
            ? t(
                "ingeschreven bij Stichting Duivenvoorde (voor een woning van Stichting Duivenvoorde)",
                "registered at Stichting Duivenvoorde (for a home of Stichting Duivenvoorde)",
              )
            : t("ingeschreven bij Woonnet Haaglanden", "registered at Woonnet Haaglanden"),
        );
      return failed(
        duivenvoorde
          ? t("niet ingeschreven bij Stichting Duivenvoorde", "not registered at Stichting Duivenvoorde")
          : t("niet ingeschreven bij Woonnet Haaglanden", "not registered at Woonnet Haaglanden"),
        [
          t(
            "De zorgorganisatie zorgt ervoor dat de cliënt zich inschrijft bij Woonnet Haaglanden, of voor een woning van Stichting Duivenvoorde bij Stichting Duivenvoorde (art. 2 Zorgorganisaties d).",
            "The care organisation makes sure the client registers at Woonnet Haaglanden, or for a home of Stichting Duivenvoorde at Stichting Duivenvoorde (art. 2 Zorgorganisaties d).",
          ),
        ],
      );
    },
  },
  {
    code: "LV.5.6.c",
    article: "art. 5 lid 6 sub c; art. 1 sub g",
    title: t("Is inwoner van Leidschendam-Voorburg", "Is a resident of Leidschendam-Voorburg"),
    facts: ["residentOf"],
    evaluate: (facts) => {
      const place = str(facts, "residentOf");
      if (place === undefined) return unknown(["residentOf"]);
      if (isSameGemeente(place, GEMEENTE)) return passed();
      return failed(t(`woont in ${place}, niet in ${GEMEENTE}`, `lives in ${place}, not in ${GEMEENTE}`));
    },
  },
  {
    code: "LV.5.6.d",
    article: "art. 5 lid 6 sub d",
    title: t(
      "Beschikt niet over passende huisvesting en er is geen reden hem/haar (semi-)intramuraal te huisvesten",
      "Has no suitable housing, and there is no reason to house him or her (semi-)intramurally",
    ),
    facts: ["hasSuitableHousing", "needsIntramuralCare"],
    evaluate: (facts) => {
      if (bool(facts, "hasSuitableHousing") === true)
        return failed(t("de kandidaat beschikt over passende huisvesting", "the candidate has suitable housing"));
      if (bool(facts, "needsIntramuralCare") === true)
        return failed(
          t(
            "er is reden de kandidaat (semi-)intramuraal te huisvesten",
            "there is reason to house the candidate (semi-)intramurally",
          ),
        );
      return needOf(facts, ["hasSuitableHousing", "needsIntramuralCare"]) ?? passed();
    },
  },
  booleanRule({
    code: "LV.5.6.e",
    article: "art. 5 lid 6 sub e; art. 4 lid 1",
    title: t("Is in staat om zelfstandig te wonen", "Is able to live independently"),
    fact: "canLiveIndependently",
    fails: false,
  }),
  booleanRule({
    code: "LV.5.6.f",
    article: "art. 5 lid 6 sub f",
    title: t("Is voldoende (financieel) zelfredzaam", "Is sufficiently (financially) self-reliant"),
    fact: "financiallySelfReliant",
    fails: false,
  }),
  booleanRule({
    code: "LV.5.6.g",
    article: "art. 5 lid 6 sub g",
    title: t("Beschikt over een inkomen om de huur te kunnen betalen", "Has an income to pay the rent"),
    fact: "incomeCoversRent",
    fails: false,
  }),
  {
    code: "LV.5.6.h",
    article: "art. 5 lid 6 sub h",
    title: t(
      "Heeft indien nodig een regeling voor schuldsanering",
      "Has a formal debt arrangement (schuldsanering) where needed",
    ),
    facts: ["hasProblemDebts", "debtArrangement"],
    evaluate: (facts) => {
      const arrangement = bool(facts, "debtArrangement");
      if (arrangement === true)
        return passed(t("er is een regeling voor schuldsanering", "a debt arrangement is in place"));
      const debts = bool(facts, "hasProblemDebts");
      if (debts === undefined) return unknown(["hasProblemDebts"]);
      if (!debts) return passed(t("geen schulden waarvoor een regeling nodig is", "no debts that need an arrangement"));
      if (arrangement === undefined) return unknown(["debtArrangement"]);
      return failed(t("schulden zonder regeling voor schuldsanering", "debts without a debt arrangement"), [
        t(
          "De gemeente faciliteert schuldhulpverlening en budgetbeheer (art. 4 lid 7); de begeleider helpt de huurder daar een beroep op te doen (art. 7 lid 2).",
          "The gemeente provides debt assistance and budget management (art. 4(7)); the support worker helps the tenant apply (art. 7(2)).",
        ),
      ]);
    },
  },
  booleanRule({
    code: "LV.5.6.i",
    article: "art. 5 lid 6 sub i",
    title: t(
      "Heeft ingestemd met een woonbegeleidingsplan (na het intakegesprek Wmo of Jeugdwet, of gesprekken met de begeleider of casemanager)",
      "Has agreed to a woonbegeleidingsplan (after the Wmo or Youth Act intake, or talks with the support worker or casemanager)",
    ),
    fact: "agreedSupportPlan",
    fails: false,
  }),
  {
    code: "LV.5.6.j",
    article: "art. 5 lid 6 sub j",
    title: t(
      "Ontvangt verplicht budgetbeheer, tenzij de begeleider of casemanager hiervan gemotiveerd afwijkt",
      "Receives mandatory budget management, unless the support worker or casemanager motivates an exception",
    ),
    facts: ["budgetManagement", "budgetManagementExemptionMotivated"],
    evaluate: (facts) => {
      const exemption = bool(facts, "budgetManagementExemptionMotivated");
      if (bool(facts, "budgetManagement") === true)
        return passed(
          t("de kandidaat krijgt of aanvaardt budgetbeheer", "the candidate receives or accepts budget management"),
        );
      if (exemption === true)
        return passed(
          t(
            "de begeleider of casemanager wijkt gemotiveerd af van budgetbeheer",
            "the support worker or casemanager motivated an exception",
          ),
        );
      if (bool(facts, "budgetManagement") === undefined) return unknown(["budgetManagement"]);
      if (exemption === undefined) return unknown(["budgetManagementExemptionMotivated"], [budgetHint]);
      return failed(
        t(
          "de kandidaat krijgt of aanvaardt geen budgetbeheer en er is geen gemotiveerde uitzondering",
          "the candidate neither receives nor accepts budget management and there is no motivated exception",
        ),
        [budgetHint],
      );
    },
  },
  {
    code: "LV.5.6.k",
    article: "art. 5 lid 6 sub k",
    title: t(
      "Niet binnen de afgelopen drie jaar uit een woning gezet vanwege overlast, fraude of ondermijning, tenzij afkomstig uit een noodwoning",
      "Not evicted in the last three years for nuisance, fraud or organised crime, unless moving on from a noodwoning",
    ),
    facts: ["evictedLast3Years", "evictionReason", "fromNoodwoning"],
    evaluate: (facts) => {
      const evicted = bool(facts, "evictedLast3Years");
      if (evicted === undefined) return unknown(["evictedLast3Years"]);
      if (!evicted)
        return passed(t("niet uit huis gezet in de afgelopen drie jaar", "not evicted in the last three years"));
      if (bool(facts, "fromNoodwoning") === true)
        return passed(t("uitgezet, maar afkomstig uit een noodwoning", "evicted, but moving on from a noodwoning"));
      const reason = str(facts, "evictionReason");
      if (reason === "huurschuld" || reason === "anders")
        return passed(
          t(
            `uitgezet om ${reasonWord(reason).nl}, niet om overlast, fraude of ondermijning`,
            `evicted for ${reasonWord(reason).en}, not for nuisance, fraud or organised crime`,
          ),
          [creditHint],
        );
      if (reason === undefined)
        return unknown(has(facts, "fromNoodwoning") ? ["evictionReason"] : ["evictionReason", "fromNoodwoning"]);
      if (bool(facts, "fromNoodwoning") === undefined) return unknown(["fromNoodwoning"]);
      return failed(
        t(
          `in de afgelopen drie jaar uit huis gezet om ${reasonWord(reason).nl}, niet uit een noodwoning`,
          `evicted in the last three years for ${reasonWord(reason).en}, not from a noodwoning`,
        ),
        [evictionHint],
      );
    },
  },
  {
    code: "LV.5.6.l",
    article: "art. 5 lid 6 sub l",
    title: t(
      "Heeft geen TBS-maatregel, tenzij aangedragen via de burgemeester",
      "Has no TBS measure, unless put forward through the burgemeester",
    ),
    facts: ["tbsMeasure", "proposedByMayor"],
    evaluate: (facts) => {
      const tbs = bool(facts, "tbsMeasure");
      const mayor = bool(facts, "proposedByMayor");
      if (tbs === false) return passed(t("geen TBS-maatregel", "no TBS measure"));
      if (mayor === true)
        return passed(t("aangedragen via de burgemeester", "put forward through the burgemeester"), [
          t(
            "Voordracht via de burgemeester (art. 5 lid 6 sub l): een TBS-maatregel staat de voordracht dan niet in de weg.",
            "Nomination through the burgemeester (art. 5(6)(l)): a TBS measure then does not stand in the way.",
          ),
        ]);
      if (tbs === undefined) return unknown(["tbsMeasure"]);
      if (mayor === undefined) return unknown(["proposedByMayor"], [mayorRouteHint]);
      return failed(
        t(
          "TBS-maatregel en niet aangedragen via de burgemeester",
          "TBS measure and not put forward through the burgemeester",
        ),
        [mayorRouteHint],
      );
    },
  },
];
