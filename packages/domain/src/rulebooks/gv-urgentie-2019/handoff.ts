import { t } from "../../common/localized.js";
import type { ModuleHandoffRule } from "../rulebook-module.js";

/** Where a GV urgentie request goes (seed 003). */
export const gvUrgentieHandoff: readonly ModuleHandoffRule[] = [
  {
    id: "GV.URGENTIE.COMMISSIE",
    to: { kind: "parties", ids: ["gv-urgentiecommissie"] },
    caseRole: "beoordelaar",
    stage: 1,
    reason: t(
      "De urgentiecommissie beslist over de urgentieaanvraag.",
      "The urgentiecommissie decides on the urgency request.",
    ),
    article: "GV urgentieregeling (seed 000)",
  },
];
