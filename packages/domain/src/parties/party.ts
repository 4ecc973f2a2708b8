import { z } from "zod";
import { LocalizedSchema } from "../common/localized.js";

/** Roles decide what a party may do and see (nominate, receive signals, see care details). */
export const PartyRoleSchema = z.enum([
  "gemeente",
  "sociale_verhuurder",
  "zorgorganisatie",
  "meldpunt",
  "reclassering",
  "lokale_kamer",
  "platform",
  "urgentiecommissie",
]);
export type PartyRole = z.infer<typeof PartyRoleSchema>;

export const PartySchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  name: z.string().min(1),
  role: PartyRoleSchema,
  /** true: a numbered ondergetekende; "signature-block": only signs, not in the list of parties. */
  signatory: z.union([z.literal(true), z.literal("signature-block"), z.literal(false)]),
  /** Target groups the seed says this care party serves (doelgroepen), as given there. */
  targetGroups: z.array(z.string()).optional(),
  /** Text of an ASSUMED addition (not in the seed), so a region can correct it. */
  assumed: z.string().startsWith("ASSUMED").optional(),
  note: z.string().optional(),
});
export type Party = z.infer<typeof PartySchema>;

export const SupportProposalSchema = z.object({
  partyId: z.string(),
  partyName: z.string(),
  role: PartyRoleSchema,
  reason: LocalizedSchema,
});
export type SupportProposal = z.infer<typeof SupportProposalSchema>;
