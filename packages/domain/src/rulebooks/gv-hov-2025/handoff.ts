import { t } from "../../common/localized.js";
import type { ModuleHandoffRule } from "../rulebook-module.js";

/** Where a GV HOV aanmelding goes (seed 000). */
export const gvHovHandoff: readonly ModuleHandoffRule[] = [
  {
    id: "GV.HOV.TEAM_HMD",
    to: { kind: "parties", ids: ["gv-team-hmd"] },
    caseRole: "beoordelaar",
    stage: 1,
    reason: t(
      "Team HMD beoordeelt de aanvraag voor Huisvesting Onder Voorwaarden.",
      "Team HMD assesses the request for Huisvesting Onder Voorwaarden.",
    ),
    article: "GV HOV (seed 003)",
    assumed:
      "ASSUMED: de HOV-tekst noemt geen adres voor aanmeldingen; team HMD is de HOV-partner in de partijenlijst.",
  },
];
