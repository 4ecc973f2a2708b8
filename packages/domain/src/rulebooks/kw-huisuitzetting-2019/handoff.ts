import { t } from "../../common/localized.js";
import type { ModuleHandoffRule } from "../rulebook-module.js";

/** Where a submitted KW aanmelding goes (seed 001). */
export const kwHandoff: readonly ModuleHandoffRule[] = [
  {
    id: "KW.AANMELDING.MELDPUNT",
    to: { kind: "role", role: "meldpunt" },
    caseRole: "meldpunt",
    stage: 1,
    reason: t(
      "Het Meldpunt Zorg en Overlast stelt vast of de huurder kwetsbaar is, leidt toe en draagt over aan een regiehouder.",
      "The Meldpunt Zorg en Overlast establishes whether the tenant is vulnerable, arranges support and hands over to a regiehouder.",
    ),
    article: "KW Verplichtingen van partijen 1 (melding) en 2 (Meldpunt)",
  },
];
