import { incomeWithinLimit } from "../../allocation/income-limit.js";
import type { AllocationTable } from "../../allocation/parameter-table.js";
import { t } from "../../common/localized.js";
import type { RuleDefinition } from "../../check/rule.js";
import { bool, booleanRule, failed, num, passed, unknown } from "../../check/rule-helpers.js";

/** Seed 003 § 4.2, the randvoorwaarden; plus the income limit that holds for every vergunning (§ 1.2). */
export const urgentieGeneralRules: readonly RuleDefinition[] = [
  booleanRule({
    code: "GV.URG.NOOD",
    article: "003 § 4.2, randvoorwaarde 1",
    title: t(
      "Een noodsituatie die vergt dat er direct of uiterlijk binnen drie maanden een woning komt, ter voorkoming van ernstige schade die rechtstreeks volgt uit de woonsituatie",
      "An emergency requiring a home at once or within three months, to prevent serious harm resulting directly from the housing situation",
    ),
    fact: "urgentWithin3Months",
    fails: false,
  }),
  booleanRule({
    code: "GV.URG.ZELF",
    article: "003 § 4.2, randvoorwaarde 2",
    title: t(
      "De aanvrager heeft aantoonbaar getracht het probleem zelf op te lossen",
      "The applicant demonstrably tried to solve the problem",
    ),
    fact: "triedToSolve",
    fails: false,
  }),
  {
    code: "GV.URG.REGIO",
    article: "003 § 4.2, randvoorwaarde 3",
    title: t(
      "Ingezetene van de regio, of met maatschappelijke of economische binding én een woonprobleem dat alleen in deze regio op te lossen is",
      "Resident of the region, or with social or economic binding and a housing problem only solvable in this region",
    ),
    facts: ["livesInRegion", "regionalBinding", "onlySolvableInRegion"],
    evaluate: (facts) => {
      const lives = bool(facts, "livesInRegion");
      if (lives === undefined) return unknown(["livesInRegion"]);
      if (lives) return passed(t("woont in de regio", "lives in the region"));
      const binding = bool(facts, "regionalBinding");
      const onlyHere = bool(facts, "onlySolvableInRegion");
      if (binding === false)
        return failed(
          t(
            "woont niet in de regio en heeft er geen maatschappelijke of economische binding mee",
            "does not live in the region and has no social or economic binding with it",
          ),
        );
      if (onlyHere === false)
        return failed(
          t(
            "woont niet in de regio en het woonprobleem is niet alleen in deze regio op te lossen",
            "does not live in the region and the problem is not only solvable here",
          ),
        );
      const need = [
        binding === undefined ? "regionalBinding" : "",
        onlyHere === undefined ? "onlySolvableInRegion" : "",
      ].filter(Boolean);
      if (need.length > 0) return unknown(need);
      return passed(
        t("binding met de regio en alleen hier op te lossen", "binding with the region and only solvable here"),
      );
    },
  },
  {
    code: "GV.URG.INKOMEN",
    article: "003 § 4.2 (voorwaarden voor alle huisvestingsvergunningen) jo. § 1.2, voorstel 1.2",
    title: t(
      "Huishoudinkomen binnen de inkomensgrens voor een sociale huurwoning (prijspeil van het gevraagde jaar)",
      "Household income within the limit for a social home (price level of the year asked)",
    ),
    facts: ["householdIncome"],
    evaluate: (facts, context) => {
      const income = num(facts, "householdIncome");
      if (income === undefined) return unknown(["householdIncome"]);
      const tables = context.parameters["allocationTables"] as readonly AllocationTable[];
      const answer = incomeWithinLimit(income, Number(context.asOf.slice(0, 4)), tables);
      return answer.withinLimit ? passed(answer.explanation) : failed(answer.explanation);
    },
  },
];
