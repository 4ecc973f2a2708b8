import { t } from "../../common/localized.js";
import type { RuleDefinition } from "../../check/rule.js";
import { bool, booleanRule, failed, notApplicable, num, passed, str, unknown } from "../../check/rule-helpers.js";
import { KW_OTHER_LANDLORD } from "./facts.js";
import { kwParties } from "./parties.js";

const meldpunt = t(
  "Meldpunt Zorg en Overlast (GGD Hollands-Midden)",
  "Meldpunt Zorg en Overlast (GGD Hollands-Midden)",
);

/** Seed 001_60f009ea6e71d34a.txt has no article numbers: we cite its section headings. */
export const kwRules: readonly RuleDefinition[] = [
  {
    code: "KW.REIKWIJDTE",
    article: "Inleiding; Getekend (woningcorporaties Krimpenerwaard)",
    title: t(
      "Huurder van een woning in Krimpenerwaard van een woningcorporatie die het convenant ondertekende",
      "Tenant of a home in Krimpenerwaard of a housing corporation that signed the convenant",
    ),
    facts: ["landlordCorporation"],
    evaluate: (facts) => {
      const landlord = str(facts, "landlordCorporation");
      if (landlord === undefined) return unknown(["landlordCorporation"]);
      if (landlord === KW_OTHER_LANDLORD)
        return failed(
          t(
            "de huurder huurt niet van een woningcorporatie die het convenant ondertekende, of de woning ligt buiten Krimpenerwaard; het convenant geldt dan niet",
            "the tenant does not rent from a corporation that signed the convenant, or the home is outside Krimpenerwaard; the convenant does not apply",
          ),
          [
            t(
              "Het convenant is een afspraak tussen de gemeente Krimpenerwaard, haar woningcorporaties en de GGD Hollands-Midden (Inleiding). Bij een andere verhuurder kun je de huurder nog steeds doorverwijzen naar de schuldhulpverlening van de gemeente.",
              "The convenant is an agreement between the gemeente Krimpenerwaard, its housing corporations and GGD Hollands-Midden (Inleiding). With another landlord you can still refer the tenant to the gemeente's debt assistance.",
            ),
          ],
        );
      const name = kwParties.find((p) => p.id === landlord)?.name ?? landlord;
      return passed(t(`huurder van ${name}`, `tenant of ${name}`));
    },
  },
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
          t(
            "het Meldpunt heeft vastgesteld dat er geen sprake is van kwetsbaarheid",
            "the Meldpunt found no vulnerability",
          ),
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
        t(
          "de huurder is voldoende redzaam om huisuitzetting zelf te voorkomen",
          "the tenant is self-reliant enough to prevent eviction",
        ),
      );
    },
  },
  {
    code: "KW.KINDEREN",
    article: "Doelgroep, eerste alinea (extra kwetsbaar)",
    kind: "informational",
    title: t(
      "Huishouden met kinderen onder de 18 jaar: extra kwetsbaar (voorrang)",
      "Household with children under 18: extra vulnerable (priority)",
    ),
    facts: ["minorChildren"],
    evaluate: (facts) => {
      const children = num(facts, "minorChildren");
      if (children === undefined) return unknown(["minorChildren"]);
      return children > 0
        ? passed(
            children === 1
              ? t(
                  "in het huishouden woont een kind onder de 18: extra kwetsbaar, pak het met voorrang op",
                  "a child under 18 lives in the household: extra vulnerable, handle with priority",
                )
              : t(
                  `in het huishouden wonen ${children} kinderen onder de 18: extra kwetsbaar, pak het met voorrang op`,
                  `${children} children under 18 live in the household: extra vulnerable, handle with priority`,
                ),
          )
        : notApplicable(
            t("er wonen geen kinderen onder de 18 in het huishouden", "no children under 18 live in the household"),
          );
    },
  },
  booleanRule({
    code: "KW.EXCL.OPIUMWET",
    article: "Doelgroep, uitzondering: Opiumwet overtreden",
    title: t("Geen overtreding van de Opiumwet", "No violation of the Opium Act"),
    fact: "opiumActViolation",
    fails: true,
    explainFailed: t(
      "de huurder heeft de Opiumwet overtreden; dat sluit uit van het convenant",
      "the tenant has violated the Opium Act; that excludes from the convenant",
    ),
    explainPassed: t("de huurder heeft de Opiumwet niet overtreden", "the tenant has not violated the Opium Act"),
  }),
  booleanRule({
    code: "KW.EXCL.ILLEGAAL_WONEN",
    article: "Doelgroep, uitzondering: onrechtmatig of illegaal wonen",
    title: t("Geen onrechtmatige of illegale bewoning", "No unlawful or illegal occupancy"),
    fact: "illegalOccupation",
    fails: true,
    explainFailed: t(
      "de huurder woont onrechtmatig of illegaal in de woning; dat sluit uit van het convenant",
      "the tenant occupies the home unlawfully or illegally; that excludes from the convenant",
    ),
    explainPassed: t("de huurder woont rechtmatig in de woning", "the tenant occupies the home lawfully"),
  }),
  booleanRule({
    code: "KW.EXCL.GEEN_VERBLIJFSSTATUS",
    article: "Doelgroep, uitzondering: geen verblijfsstatus hebben",
    title: t(
      "Huurder verblijft rechtmatig in Nederland (heeft een verblijfsstatus)",
      "Tenant stays lawfully in the Netherlands (has a residence status)",
    ),
    fact: "hasResidenceStatus",
    fails: false,
    explainFailed: t(
      "de huurder verblijft niet rechtmatig in Nederland (geen verblijfsstatus); dat sluit uit van het convenant",
      "the tenant does not stay lawfully in the Netherlands (no residence status); that excludes from the convenant",
    ),
    explainPassed: t("de huurder verblijft rechtmatig in Nederland", "the tenant stays lawfully in the Netherlands"),
  }),
  booleanRule({
    code: "KW.EXCL.EXTREME_OVERLAST",
    article: "Doelgroep, uitzondering: extreme overlast veroorzaken",
    title: t("Huurder veroorzaakt geen extreme overlast", "Tenant causes no extreme nuisance"),
    fact: "extremeNuisance",
    fails: true,
    explainFailed: t(
      "de huurder veroorzaakt extreme overlast; dat sluit uit van het convenant",
      "the tenant causes extreme nuisance; that excludes from the convenant",
    ),
    explainPassed: t("de huurder veroorzaakt geen extreme overlast", "the tenant causes no extreme nuisance"),
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
    explainFailed: t(
      "de huurder heeft geen legaal inkomen; dat sluit uit van het convenant",
      "the tenant has no legal income; that excludes from the convenant",
    ),
    explainPassed: t("de huurder heeft een legaal inkomen", "the tenant has a legal income"),
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
    explainFailed: t(
      "de huurder is niet bereid mee te werken aan een hulpverleningstraject",
      "the tenant is not willing to cooperate with a support programme",
    ),
    explainPassed: t(
      "de huurder is bereid mee te werken aan een hulpverleningstraject",
      "the tenant is willing to cooperate with a support programme",
    ),
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
    explainFailed: t(
      "de huurder betaalt de lopende huur vanaf de aanmelding niet",
      "the tenant does not pay the running rent from aanmelding on",
    ),
    explainPassed: t(
      "de huurder betaalt vanaf de aanmelding de lopende huur",
      "the tenant pays the running rent from aanmelding on",
    ),
    hintOnFail: t(
      "Heeft de huurder een uitkering van de gemeente, dan betaalt sociale zaken maximaal drie maanden de huur vanuit de uitkering totdat inkomensbeheer is gestart.",
      "If the tenant has a municipal benefit, sociale zaken pays the rent from it for at most three months until income management starts.",
    ),
  }),
];
