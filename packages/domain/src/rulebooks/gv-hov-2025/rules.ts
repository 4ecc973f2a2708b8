import { t } from "../../common/localized.js";
import type { RuleDefinition } from "../../check/rule.js";
import { bool, failed, notApplicable, passed, review, str, unknown } from "../../check/rule-helpers.js";

const evictionWords: Record<string, { nl: string; en: string }> = {
  huurschuld: { nl: "huurschuld", en: "rent debt" },
  vervuiling: { nl: "vervuiling", en: "pollution" },
  overlast: { nl: "overlast", en: "nuisance" },
};

const contractTodo = t(
  "Te doen: laat het zorgcontract ondertekenen door aanvrager, zorginstantie en gemeente; het hoort bij de aanvraag. HOV kan als voorwaarde bij een urgentie worden opgelegd en wordt dan alleen met directe bemiddeling verleend (003 § 4.4).",
  "To do: have the zorgcontract signed by the applicant, the care organisation and the gemeente; it belongs with the application. HOV can be imposed as a condition of an urgentie, which is then granted only with direct mediation (003 § 4.4).",
);

/**
 * The HOV convenant text itself is not in the seeds: the rules come from the proposals of seed 003
 * § 4.4 (urgentie under a zorgcontract, voorstel 4.4) as confirmed by seed 000 (HOV/HMD 2025), so
 * every rule is marked voorstel, as in gv-urgentie-2019.
 */
const hovRuleList: readonly RuleDefinition[] = [
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
  {
    code: "GV.HOV.ZORGCONTRACT",
    article: "003 § 4.4 (bij de aanvraag een ondertekend zorgcontract; alleen met directe bemiddeling)",
    title: t(
      "Een zorgcontract, ondertekend door aanvrager, zorginstantie en gemeente",
      "A care contract (zorgcontract) signed by the applicant, the care organisation and the gemeente",
    ),
    facts: ["careContractSigned"],
    statuses: ["passed", "review", "unknown"],
    // The contract is handed in with the application: not yet signed is a to-do, never a refusal.
    evaluate: (facts) => {
      const signed = bool(facts, "careContractSigned");
      if (signed === undefined) return unknown(["careContractSigned"]);
      if (signed) return passed(t("het zorgcontract is ondertekend", "the zorgcontract is signed"));
      return review(
        t(
          "het zorgcontract is nog niet ondertekend: dat is een taak vóór de aanvraag, geen afwijzing",
          "the zorgcontract is not signed yet: a task before the application, not a refusal",
        ),
        [contractTodo],
      );
    },
  },
  {
    code: "GV.HOV.ZELFSTANDIG",
    article: "003 § 4.4 (toelichting: nieuwe huurders)",
    title: t(
      "Een nieuwe huurder is, eventueel met ambulante zorg of begeleiding, in staat zelfstandig te wonen",
      "A new tenant is able to live independently, with ambulant care or support if needed",
    ),
    facts: ["newTenant", "canLiveIndependently"],
    statuses: ["passed", "failed", "unknown", "not_applicable"],
    evaluate: (facts) => {
      const isNew = bool(facts, "newTenant");
      if (isNew === undefined) return unknown(["newTenant"]);
      if (!isNew)
        return notApplicable(
          t("geen nieuwe huurder (zittend of terugkerend)", "not a new tenant (sitting or returning)"),
        );
      const can = bool(facts, "canLiveIndependently");
      if (can === undefined) return unknown(["canLiveIndependently"]);
      if (can) return passed(t("de nieuwe huurder kan zelfstandig wonen", "the new tenant can live independently"));
      return failed(
        t(
          "de nieuwe huurder kan ook met ambulante zorg of begeleiding niet zelfstandig wonen",
          "the new tenant cannot live independently, not even with ambulant care or support",
        ),
      );
    },
  },
];

export const hovRules: readonly RuleDefinition[] = hovRuleList.map((rule): RuleDefinition => ({
  ...rule,
  status: "voorstel",
}));
