import { t } from "../../common/localized.js";
import type { ModuleHandoffRule } from "../rulebook-module.js";

/** Where an MH nomination goes (seed 002). */
export const mhHandoff: readonly ModuleHandoffRule[] = [
  {
    id: "MH.3.CORPORATIES",
    to: { kind: "role", role: "sociale_verhuurder" },
    caseRole: "verhuurder",
    stage: 1,
    reason: t(
      "De voordracht van de hulpverleningsinstantie gaat naar de woningcorporaties van de gemeente.",
      "The care agency's nomination goes to the housing corporations of the gemeente.",
    ),
    article: "MH uitstroom (seed 002), voordracht",
    assumed:
      "ASSUMED: de bron noemt de corporaties per gemeente niet bij naam; zij staan als één partij (mh-woningcorporaties) in de partijenlijst.",
  },
];
