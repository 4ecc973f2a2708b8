import { t } from "../../common/localized.js";
import type { RuleDefinition } from "../../check/rule.js";
import { bool, booleanRule, failed, passed, str, unknown } from "../../check/rule-helpers.js";

const evictionWords: Record<string, { nl: string; en: string }> = {
  huurschuld: { nl: "huurschuld", en: "rent debt" },
  vervuiling: { nl: "vervuiling", en: "pollution" },
  overlast: { nl: "overlast", en: "nuisance" },
};

/**
 * The HOV convenant text itself is not in the seeds: the rules come from seed 003 § 4.4
 * (urgentie under a zorgcontract, voorstel 4.4) as confirmed by seed 000 (HOV/HMD 2025).
 */
export const hovRules: readonly RuleDefinition[] = [
  {
    code: "GV.HOV.DOELGROEP",
    article: "003 § 4.4 en voorstel urgentie 4.4; 000 toelichting",
    title: t(
      "Doelgroep HOV (slecht huurderschap): dakloos na ontruiming wegens huurschuld, vervuiling of overlast, of preventief op advies van een zorgpartij; voor nieuwe, zittende en terugkerende huurders",
      "HOV target group (poor tenancy): homeless after an eviction for rent debt, pollution or nuisance, or preventively on a care party's advice; for new, sitting and returning tenants",
    ),
    facts: ["evictedFor", "careAdviceHov"],
    evaluate: (facts) => {
      const evictedFor = str(facts, "evictedFor");
      const advice = bool(facts, "careAdviceHov");
      const reason = evictedFor ? evictionWords[evictedFor] : undefined;
      if (reason)
        return passed(t(`dakloos na ontruiming wegens ${reason.nl}`, `homeless after an eviction for ${reason.en}`));
      if (advice === true)
        return passed(t("preventief, op advies van een zorgpartij", "preventively, on a care party's advice"));
      // The preventive route is asked only once we know there was no qualifying eviction.
      if (evictedFor === undefined) return unknown(["evictedFor"]);
      if (advice === undefined) return unknown(["careAdviceHov"]);
      return failed(
        t(
          "geen ontruiming wegens huurschuld, vervuiling of overlast en geen advies van een zorgpartij",
          "no eviction for rent debt, pollution or nuisance and no advice from a care party",
        ),
      );
    },
  },
  booleanRule({
    code: "GV.HOV.ZORGCONTRACT",
    article: "003 § 4.4 (bij de aanvraag een ondertekend zorgcontract; alleen met directe bemiddeling)",
    title: t(
      "Een zorgcontract, ondertekend door aanvrager, zorginstantie en gemeente",
      "A care contract (zorgcontract) signed by the applicant, the care organisation and the gemeente",
    ),
    fact: "careContractSigned",
    fails: false,
    hintOnFail: t(
      "HOV werkt met een zorgcontract dat aanvrager, zorginstantie en gemeente ondertekenen; HOV kan als voorwaarde bij een urgentie worden opgelegd en wordt dan alleen met directe bemiddeling verleend.",
      "HOV works with a zorgcontract signed by the applicant, the care organisation and the gemeente; HOV can be imposed as a condition of an urgentie, which is then granted only with direct mediation.",
    ),
  }),
];
