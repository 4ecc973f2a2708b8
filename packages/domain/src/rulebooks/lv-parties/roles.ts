import type { PartyRole } from "../../parties/party.js";

/** Art. 4 lid 1 of seed 004: only these nominate (aandragen) a candidate. */
export const lvNominatingRoles: readonly PartyRole[] = ["zorgorganisatie", "reclassering", "lokale_kamer"];

/** Who may start a noodwoning aanmelding (art. 6 lid 1-4 with art. 4 lid 1); see mayStartNoodwoningAanmelding. */
export const lvNoodwoningStarterRoles: readonly PartyRole[] = lvNominatingRoles;

/** The begeleiders and casemanagers who exchange signals with the landlord (art. 8, 10 lid 5). */
export const lvSupportRoles: readonly PartyRole[] = ["zorgorganisatie", "reclassering", "lokale_kamer"];
