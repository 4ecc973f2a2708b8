import { t } from "../../common/localized.js";
import type { RuleDefinition } from "../../check/rule.js";
import { bool, booleanRule, failed, notApplicable, num, passed, unknown } from "../../check/rule-helpers.js";

const meldpunt = t("Meldpunt Zorg en Overlast (GGD Hollands-Midden)", "Meldpunt Zorg en Overlast (GGD Hollands-Midden)");

/** Seed 001_60f009ea6e71d34a.txt has no article numbers: we cite its section headings. */
export const kwRules: readonly RuleDefinition[] = [
  {
    code: "KW.DOELGROEP",
    article: "Doelgroep, eerste alinea",
    title: t(
      "Huurder is door financiële, psychische, maatschappelijke en/of sociale problemen niet zodanig redzaam dat hij huisuitzetting kan voorkomen",
      "Tenant is, through financial, psychological, societal and/or social problems, not self-reliant enough to prevent eviction",
    ),
    facts: ["notSelfReliant", "vulnerabilityEstablished"],
    decidedBy: meldpunt,
    // The Meldpunt's finding, once recorded, decides; before that the caseworker's assessment counts.
    evaluate: (facts) => {
      const established = bool(facts, "vulnerabilityEstablished");
      if (established === true)
        return passed(t("het Meldpunt heeft de kwetsbaarheid vastgesteld", "the Meldpunt established vulnerability"));
      if (established === false)
        return failed(
          t("het Meldpunt heeft vastgesteld dat er geen sprake is van kwetsbaarheid", "the Meldpunt found no vulnerability"),
        );
      const assessed = bool(facts, "notSelfReliant");
      if (assessed === undefined) return unknown(["notSelfReliant"]);
      if (assessed)
        return passed(
          t(
            "volgens de inschatting van de hulpverlener niet voldoende redzaam (het Meldpunt stelt de kwetsbaarheid na aanmelding vast)",
            "not self-reliant enough by the caseworker's assessment (the Meldpunt establishes vulnerability after aanmelding)",
          ),
        );
      return failed(
        t("de huurder is voldoende redzaam om huisuitzetting zelf te voorkomen", "the tenant is self-reliant enough to prevent eviction"),
      );
    },
  },
  {
    code: "KW.KINDEREN",
    article: "Doelgroep, eerste alinea (extra kwetsbaar)",
    kind: "informational",
    title: t("Huishouden met kinderen onder de 18 jaar: extra kwetsbaar (voorrang)", "Household with children under 18: extra vulnerable (priority)"),
    facts: ["minorChildren"],
    evaluate: (facts) => {
      const children = num(facts, "minorChildren");
      if (children === undefined) return unknown(["minorChildren"]);
      return children > 0
        ? passed(t(`${children} minderjarig(e) kind(eren): extra kwetsbaar, met voorrang oppakken`, `${children} minor child(ren): extra vulnerable, handle with priority`))
        : notApplicable(t("geen minderjarige kinderen in het huishouden", "no minor children in the household"));
    },
  },
  booleanRule({
    code: "KW.EXCL.OPIUMWET",
    article: "Doelgroep, uitzondering: Opiumwet overtreden",
    title: t("Geen overtreding van de Opiumwet", "No violation of the Opium Act"),
    fact: "opiumActViolation",
    fails: true,
  }),
  booleanRule({
    code: "KW.EXCL.ILLEGAAL_WONEN",
    article: "Doelgroep, uitzondering: onrechtmatig of illegaal wonen",
    title: t("Geen onrechtmatige of illegale bewoning", "No unlawful or illegal occupancy"),
    fact: "illegalOccupation",
    fails: true,
  }),
  booleanRule({
    code: "KW.EXCL.GEEN_VERBLIJFSSTATUS",
    article: "Doelgroep, uitzondering: geen verblijfsstatus hebben",
    title: t("Huurder heeft een verblijfsstatus", "Tenant has a lawful residence status"),
    fact: "hasResidenceStatus",
    fails: false,
  }),
  booleanRule({
    code: "KW.EXCL.EXTREME_OVERLAST",
    article: "Doelgroep, uitzondering: extreme overlast veroorzaken",
    title: t("Huurder veroorzaakt geen extreme overlast", "Tenant causes no extreme nuisance"),
    fact: "extremeNuisance",
    fails: true,
    hintOnFail: t(
      "Bij overlast handelt Openbare Orde en Veiligheid van de gemeente conform de Wet aanpak woonoverlast.",
      "For nuisance, the municipality's Public Order and Safety acts under the Wet aanpak woonoverlast.",
    ),
  }),
  booleanRule({
    code: "KW.EXCL.GEEN_LEGAAL_INKOMEN",
    article: "Doelgroep, uitzondering: geen legaal inkomen hebben",
    title: t("Huurder heeft een legaal inkomen", "Tenant has a legal income"),
    fact: "hasLegalIncome",
    fails: false,
  }),
  booleanRule({
    code: "KW.VW.MEDEWERKING",
    article: "Voorwaarden, eerste punt",
    title: t(
      "Huurder is bereid mee te werken aan een hulpverleningstraject en de daaraan gestelde voorwaarden",
      "Tenant is willing to cooperate with a support programme and its conditions",
    ),
    fact: "willingToCooperate",
    fails: false,
    hintOnFail: t(
      "Zonder medewerking aan hulpverlening biedt het convenant geen bescherming tegen uitzetting; bespreek de bereidheid opnieuw met de huurder.",
      "Without cooperation with support the convenant offers no protection against eviction; discuss willingness with the tenant again.",
    ),
  }),
  booleanRule({
    code: "KW.VW.LOPENDE_HUUR",
    article: "Voorwaarden, tweede punt",
    title: t("Huurder betaalt vanaf aanmelding de lopende huur", "Tenant pays the running rent from aanmelding on"),
    fact: "paysCurrentRent",
    fails: false,
    hintOnFail: t(
      "Heeft de huurder een uitkering van de gemeente, dan betaalt sociale zaken maximaal drie maanden de huur vanuit de uitkering totdat inkomensbeheer is gestart.",
      "If the tenant has a municipal benefit, sociale zaken pays the rent from it for at most three months until income management starts.",
    ),
  }),
];
