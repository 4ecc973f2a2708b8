import { PartySchema, type Party } from "@convenantbot/domain";
import { z } from "zod";

/** A party as the domain defines it, plus the rulebooks it takes part in. */
export const PartyUpsertSchema = z.strictObject({
  ...PartySchema.shape,
  rulebookIds: z.array(z.string().min(1)).default([]),
});
export type PartyUpsert = z.input<typeof PartyUpsertSchema>;

export type StoredParty = Party & {
  rulebookIds: string[];
  createdAt: string;
  updatedAt: string;
};

export const partyLabel = { nl: "organisatie", en: "party" };
