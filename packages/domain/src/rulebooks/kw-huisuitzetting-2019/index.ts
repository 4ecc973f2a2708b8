import { t } from "../../common/localized.js";
import type { Rulebook } from "../rulebook.js";
import { kwDeadlines } from "./deadlines.js";
import { kwFacts } from "./facts.js";
import { kwParties } from "./parties.js";
import { kwRules } from "./rules.js";
import { proposeKwSupportParties } from "./support-parties.js";

export const kwHuisuitzetting2019: Rulebook = {
  id: "kw-huisuitzetting-2019",
  version: "2019-02-01.1",
  title: t("Convenant voorkoming huisuitzettingen Krimpenerwaard", "Convenant on preventing evictions, Krimpenerwaard"),
  seed: "001_60f009ea6e71d34a.txt",
  region: "Krimpenerwaard",
  legalStatus: "vastgesteld",
  validity: {
    from: "2019-02-01",
    to: null,
    extensions: [],
    note: t(
      "Voor onbepaalde tijd; na 5 jaar wordt bekeken hoe het wordt voortgezet.",
      "Indefinite; reviewed after 5 years.",
    ),
  },
  assumptions: [
    {
      id: "kw-termijnen",
      text_nl:
        "AANNAME: de termijnen staan in de werkafspraken (bijlagen 2-8), die niet in de bron staan; tot ze als gegevens zijn ingevoerd gelden de standaardtermijnen van Convenantbot.",
      text_en:
        "ASSUMED: the terms are in the werkafspraken (annexes 2-8), which are not in the seed; until entered as data, Convenantbot's default terms apply.",
    },
    {
      id: "kw-privacy",
      text_nl:
        "AANNAME: het Reglement omgang uitwisseling persoonsgegevens (bijlage 1) staat niet in de bron; tot het is ingevoerd delen we het minimum (standaard zoals in LV).",
      text_en:
        "ASSUMED: the privacy reglement (annex 1) is not in the seed; until entered, we share the minimum (defaults as in LV).",
    },
  ],
  eligibleHints: [
    t(
      "Vanaf de aanmelding worden verdere incassomaatregelen opgeschort en wordt de vordering niet meer verhoogd met rente of andere kosten (Voorwaarden, derde punt).",
      "From aanmelding on, further collection measures are suspended and the claim is no longer increased with interest or other costs (Voorwaarden, third point).",
    ),
    t(
      "Houdt de huurder zich aan de voorwaarden, dan wordt hij niet uitgezet (Doelstellingen).",
      "If the tenant keeps the conditions, he or she is not evicted (Doelstellingen).",
    ),
  ],
  facts: kwFacts,
  // The exclusions asked as "does this apply?" (a "ja" excludes) as one checklist, mostly
  // "geen van deze". Verblijfsstatus and legaal inkomen exclude too, but are asked the other
  // way round ("ja" is the usual answer): in this list "geen van deze" would read as "no status,
  // no income", so they stay questions of their own.
  questionGroups: [
    {
      id: "kw-uitsluitingen",
      title: t(
        "Geldt een van deze uitsluitingen voor de huurder?",
        "Does any of these exclusions apply to the tenant?",
      ),
      facts: ["opiumActViolation", "illegalOccupation", "extremeNuisance"],
    },
  ],
  rules: kwRules,
  parameters: {},
  parties: kwParties,
  deadlines: kwDeadlines,
  proposeSupportParties: proposeKwSupportParties,
};
