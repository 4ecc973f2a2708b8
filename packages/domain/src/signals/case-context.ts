import { z } from "zod";
import type { PartyRole } from "../parties/party.js";

/** What the case (aanmelding) knows about the tenant's parties; routing reads it, never guesses it. */
export const CaseContextSchema = z.strictObject({
  /** The tenant's begeleider (zorgorganisatie, Reclassering) or casemanager (Lokale Kamer). */
  supportPartyId: z.string().optional(),
  /** KW: the new regiehouder the Meldpunt handed over to. */
  regiehouderPartyId: z.string().optional(),
  landlordPartyId: z.string().optional(),
  /** The tenant's gemeente where a rulebook has more than one (GV, MH). */
  gemeentePartyId: z.string().optional(),
  /** LV art. 8.1 / 10.5: the woonbegeleidingsovereenkomst says the landlord is told. */
  woonbegeleidingsovereenkomstAllowsNotice: z.boolean().optional(),
  /** GV: the tenant rents under a HOV zorgcontract. */
  zorgcontract: z.boolean().optional(),
});
export type CaseContext = z.infer<typeof CaseContextSchema>;
export type CasePartyField = "supportPartyId" | "regiehouderPartyId" | "landlordPartyId";

/**
 * Roles a party named in each case field may have: otherwise a case could route personal
 * data to, say, the LV gemeente by naming it as the "support party".
 */
export const casePartyRoles: Readonly<Record<CasePartyField, readonly PartyRole[]>> = {
  supportPartyId: ["zorgorganisatie", "reclassering", "lokale_kamer"],
  landlordPartyId: ["sociale_verhuurder"],
  // KW: the new regiehouder can be a care party, the gemeente or the Meldpunt itself, never the landlord.
  regiehouderPartyId: ["zorgorganisatie", "reclassering", "lokale_kamer", "meldpunt", "gemeente"],
};
