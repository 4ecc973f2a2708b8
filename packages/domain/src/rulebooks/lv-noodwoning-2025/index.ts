import { t } from "../../common/localized.js";
import type { Rulebook } from "../rulebook.js";
import { lvParties } from "../lv-parties/parties.js";
import { lvDuration, lvValidity, lvValidityAssumption } from "../lv-parties/validity.js";
import { noodwoningDeadlines } from "./deadlines.js";
import { noodwoningFacts } from "./facts.js";
import { noodwoningRules } from "./rules.js";
import { proposeNoodwoningSupportParties } from "./support-parties.js";

export const lvNoodwoning2025: Rulebook = {
  id: "lv-noodwoning-2025",
  version: "2025-01-14.1",
  title: t(
    "Noodwoning, Convenant Huisvesting zorgafhankelijke groepen Leidschendam-Voorburg 2025 (art. 6)",
    "Emergency home (noodwoning), Convenant on housing care-dependent groups, Leidschendam-Voorburg 2025 (art. 6)",
  ),
  seed: "004_155496c065a393ec.txt",
  region: "Leidschendam-Voorburg",
  legalStatus: "vastgesteld",
  validity: lvValidity,
  assumptions: [lvValidityAssumption],
  facts: noodwoningFacts,
  rules: noodwoningRules,
  parameters: {
    route: {
      article: "art. 6 lid 1-4",
      steps: ["lv-ggd-haaglanden", "lv-limor", "sociale_verhuurder"],
      requestedBy: "lv-limor",
      excludedFromOffer: ["evictingLandlord", "lv-stichting-duivenvoorde"],
      financedBy: "lv-gemeente-leidschendam-voorburg",
    },
    // A count for the dashboard, never a reason to refuse: beyond two, the parties consult and
    // the landlords look for an extra home (art. 6 lid 4).
    noodwoningenPerYear: {
      code: "LV.6.4",
      article: "art. 6 lid 1 en 4",
      count: 2,
      beyondCount: t(
        "Partijen treden in overleg en de sociale verhuurders zoeken een extra woning.",
        "The parties consult and the social landlords look for an extra home.",
      ),
    },
    offerOrder: { code: "LV.5.4", article: "art. 5 lid 4", noodwoningBeforeConvenantwoning: true },
    duration: lvDuration,
  },
  parties: lvParties,
  deadlines: noodwoningDeadlines,
  proposeSupportParties: proposeNoodwoningSupportParties,
};
