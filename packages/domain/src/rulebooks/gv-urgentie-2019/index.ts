import { gvAllocationTables } from "../../allocation/gv-allocation-tables.js";
import { t } from "../../common/localized.js";
import { gvParties } from "../gv-parties/parties.js";
import type { Rulebook } from "../rulebook.js";
import { urgentieFacts } from "./facts.js";
import { urgentieRules } from "./rules.js";
import { proposeUrgentieSupportParties } from "./support-parties.js";

export const gvUrgentie2019: Rulebook = {
  id: "gv-urgentie-2019",
  version: "2019-07-01.1-voorstel",
  title: t(
    "Urgentieregeling Gooi en Vechtstreek (voorstellen Huisvestingsverordening 2019)",
    "Urgentie scheme Gooi en Vechtstreek (proposals for the Huisvestingsverordening 2019)",
  ),
  seed: "003_678f56d0468f9c28.txt",
  region: "Gooi en Vechtstreek",
  legalStatus: "voorstel",
  validity: {
    from: "2019-07-01",
    // Seed 003 §1: a huisvestingsverordening has "een maximale geldigheidsduur van vier jaar", so
    // these 2019 proposals cannot answer for later dates; a successor is a new rulebook.
    to: "2023-06-30",
    extensions: [],
    note: t(
      "AANNAME: in werking vanaf 1 juli 2019; een huisvestingsverordening geldt hooguit vier jaar (bron 003, § 1), dus t/m 30 juni 2023. Voor een latere datum is een nieuwe regeling nodig.",
      "ASSUMED: in force from 1 July 2019; a huisvestingsverordening lasts at most four years (seed 003, § 1), so up to and including 30 June 2023. A later date needs a new rulebook.",
    ),
  },
  assumptions: [
    {
      id: "urg-voorstel",
      text_nl:
        "AANNAME: de bron bevat voorstellen voor de HVV 2019 op prijspeil 2018, geen vastgestelde verordening; elke regel is gemarkeerd als voorstel.",
      text_en:
        "ASSUMED: the seed holds proposals for the HVV 2019 at price level 2018, not an adopted verordening; every rule is marked voorstel.",
    },
    {
      id: "urg-geldigheid",
      text_nl:
        "AANNAME: in werking vanaf 1 juli 2019 en, omdat een huisvestingsverordening hooguit vier jaar geldt (bron 003, § 1), t/m 30 juni 2023. Een eerdere einddatum of een opvolger leg je vast als gegevens; deze voorstellen beantwoorden geen vraag van na die datum.",
      text_en:
        "ASSUMED: in force from 1 July 2019 and, since a huisvestingsverordening lasts at most four years (seed 003, § 1), up to and including 30 June 2023. An earlier end or a successor is recorded as data; these proposals answer no question about a later date.",
    },
    {
      id: "urg-inkomensgrens",
      text_nl:
        "AANNAME: 'tot € 47.073' betekent tot en met; de grens komt uit de tabel van het laatste jaar tot en met het gevraagde jaar (nu alleen 2018) en het antwoord noemt dat jaar.",
      text_en:
        "ASSUMED: 'tot € 47.073' means up to and including; the limit comes from the latest table up to the year asked (now only 2018) and the answer names that year.",
    },
  ],
  refusalHints: [
    t(
      "Werkt de regeling in een uitzonderlijke situatie onevenredig hard uit, dan kan de gemeente via de hardheidsclausule toch een voorrangsverklaring afgeven (003 § 3.3).",
      "If the scheme works out disproportionately harshly in an exceptional situation, the gemeente can still issue a priority declaration under the hardship clause (003 § 3.3).",
    ),
  ],
  facts: urgentieFacts,
  // Each ground's "no other way out" question, where a "ja" ends that ground (003 § 4.2
  // criteria 2, 3, 4, 5): asked as one checklist when more than one ground is chosen. With a
  // single ground only one is open, and the intake asks it as a plain question.
  questionGroups: [
    {
      id: "gv-urgentie-uitwegen",
      title: t("Geldt een van deze situaties voor de aanvrager?", "Does any of these apply to the applicant?"),
      facts: [
        "canArrangeOwnHousing",
        "maritalHomeClaimable",
        "financialProblemsBlameworthy",
        "temporaryShelterAvailable",
      ],
    },
  ],
  rules: urgentieRules,
  parameters: { allocationTables: gvAllocationTables },
  parties: gvParties,
  deadlines: [],
  proposeSupportParties: proposeUrgentieSupportParties,
};
