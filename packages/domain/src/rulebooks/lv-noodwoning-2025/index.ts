import { t } from "../../common/localized.js";
import type { Rulebook } from "../rulebook.js";
import { lvParties } from "../lv-parties/parties.js";
import { lvNoodwoningStarterRoles } from "../lv-parties/roles.js";
import { lvDuration, lvPartyTerms, lvValidity, lvValidityAssumption } from "../lv-parties/validity.js";
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
  assumptions: [
    lvValidityAssumption,
    {
      id: "lv-noodwoning-aanmelder",
      text_nl:
        "AANNAME: naast LIMOR (art. 6 lid 1-3) mogen ook de andere zorgorganisaties, Reclassering en de Lokale Kamer een gezin aanmelden (art. 4 lid 1), omdat art. 6 lid 4 de aanmeldprocedure voor een convenantwoning volgt. De gemeente (art. 10 lid 2), het Meldpunt en de verhuurders melden niet aan.",
      text_en:
        "ASSUMED: besides LIMOR (art. 6(1)-(3)) the other care organisations, Reclassering and the Lokale Kamer may register a family too (art. 4(1)), since art. 6(4) follows the convenantwoning procedure. The gemeente (art. 10(2)), the Meldpunt and the landlords do not register.",
    },
    {
      id: "lv-noodwoning-sociale-sector",
      text_nl:
        "AANNAME: art. 6 lid 3-5 gaan uit van een uitzetting door een sociale verhuurder van het convenant of een screening (particuliere sector); zet een sociale verhuurder buiten het convenant het gezin uit, dan vragen wij dezelfde afstemming als bij de particuliere sector (beoordeling).",
      text_en:
        "ASSUMED: art. 6(3)-(5) assume an eviction by a social landlord of the convenant or a screening (private sector); when a social landlord outside the convenant evicts the family, we ask for the same screening as for the private sector (review).",
    },
  ],
  facts: noodwoningFacts,
  // The situations that exclude or change the route (grensoverschrijdend gedrag, art. 4 lid 2;
  // a private-sector eviction, art. 6 lid 5: screening first; the own network can house the
  // family, art. 6 lid 1) as one checklist, mostly "geen van deze". The conditions (facing
  // eviction, multiproblematiek, care arranged) are asked on their own: "ja" is their usual answer.
  questionGroups: [
    {
      id: "lv-noodwoning-situaties",
      title: t("Geldt een van deze situaties voor het gezin?", "Does any of these apply to the family?"),
      facts: ["transgressiveBehaviour", "privateSector", "networkCanHouse"],
    },
  ],
  rules: noodwoningRules,
  parameters: {
    // The bot's intake enforces this by the user's party role (mayStartNoodwoningAanmelding says why).
    nominatingRoles: lvNoodwoningStarterRoles,
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
    partyTerms: lvPartyTerms,
  },
  parties: lvParties,
  deadlines: noodwoningDeadlines,
  proposeSupportParties: proposeNoodwoningSupportParties,
};
