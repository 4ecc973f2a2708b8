import type { ConversationReference } from "botbuilder-core";
import { z } from "zod";
import { GuidSchema, PartyIdSchema, UuidSchema } from "./common.js";

/**
 * A botbuilder ConversationReference (kept whole, as botbuilder needs it for
 * continueConversation), tied to a member's personal chat and/or a Teams channel.
 */
export const ConversationReferenceUpsertSchema = z
  .strictObject({
    reference: z.looseObject({
      conversation: z.looseObject({ id: z.string().min(1, { message: "the reference has no conversation id" }) }),
    }),
    memberId: UuidSchema.optional(),
    /** Teams channel id (19:...@thread.tacv2), not botbuilder's channelId ("msteams"). */
    teamsChannelId: z.string().min(1).max(500).optional(),
    partyId: PartyIdSchema.optional(),
    tenantId: GuidSchema.optional(),
  })
  .refine((r) => r.memberId !== undefined || r.teamsChannelId !== undefined, {
    path: ["memberId"],
    message: "give a member or a Teams channel",
  });
export type ConversationReferenceUpsert = Omit<z.input<typeof ConversationReferenceUpsertSchema>, "reference"> & {
  reference: Partial<ConversationReference> & { conversation: { id: string } };
};

export interface StoredConversationReference {
  id: string;
  conversationId: string;
  memberId: string | null;
  teamsChannelId: string | null;
  partyId: string | null;
  tenantId: string | null;
  reference: Partial<ConversationReference>;
  lastError: string | null;
  lastErrorAt: string | null;
  lastSuccessAt: string | null;
  createdAt: string;
  updatedAt: string;
}

export const conversationReferenceLabel = { nl: "gespreksreferentie", en: "conversation reference" };
