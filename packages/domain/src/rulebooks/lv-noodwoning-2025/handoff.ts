import { t } from "../../common/localized.js";
import type { ModuleHandoffRule } from "../rulebook-module.js";

/** Where an LV noodwoning aanmelding goes (seed 004 art. 6). */
export const noodwoningHandoff: readonly ModuleHandoffRule[] = [
  {
    id: "LV.6.1.MELDPUNT",
    to: { kind: "parties", ids: ["lv-ggd-haaglanden"] },
    caseRole: "meldpunt",
    stage: 1,
    reason: t(
      "Het Meldpunt Zorgwekkend gedrag leidt het gezin toe naar zorg (LIMOR) en zo naar een noodwoning.",
      "The Meldpunt Zorgwekkend gedrag leads the family to care (LIMOR) and so to a noodwoning.",
    ),
    article: "LV art. 6 lid 1; art. 2 (Meldpunt)",
  },
  {
    id: "LV.6.5.SCREENING",
    when: [{ fact: "privateSector", equals: true }],
    to: { kind: "parties", ids: ["lv-lokale-kamer"] },
    caseRole: "beoordelaar",
    stage: 1,
    reason: t(
      "Bij uitzetting uit de particuliere sector bepalen Lokale Kamer, LIMOR en ketenpartners eerst of herplaatsing terecht is.",
      "On eviction from the private sector, the Lokale Kamer, LIMOR and partners first decide whether rehousing is justified.",
    ),
    article: "LV art. 6 lid 5",
  },
  {
    id: "LV.6.2.LIMOR",
    to: { kind: "parties", ids: ["lv-limor"] },
    caseRole: "begeleider",
    stage: 2,
    reason: t(
      "LIMOR begeleidt het gezin vanaf de eerste dag en verzoekt de sociale verhuurders een noodwoning te zoeken.",
      "LIMOR supports the family from day one and asks the social landlords to find a noodwoning.",
    ),
    article: "LV art. 6 lid 2-3",
  },
  {
    id: "LV.6.3.VERHUURDERS",
    to: { kind: "noodwoning_landlords" },
    caseRole: "verhuurder",
    stage: 3,
    reason: t(
      "Alle sociale verhuurders behalve de uitzettende en Stichting Duivenvoorde zoeken een noodwoning.",
      "All social landlords except the evicting one and Stichting Duivenvoorde look for a noodwoning.",
    ),
    article: "LV art. 6 lid 3-4",
  },
];
