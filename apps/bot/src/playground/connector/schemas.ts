import { z } from "zod";
import { IdSchema } from "../direct-line/schemas.js";

const AccountSchema = z.looseObject({
  id: IdSchema,
  name: z.string().max(256).optional(),
  aadObjectId: z.string().max(128).optional(),
  role: z.string().max(32).optional(),
});

/** What a bot sends through the connector; checked where the playground reads, passed on otherwise. */
export const BotActivitySchema = z.looseObject({
  type: z.string().min(1).max(64),
  id: IdSchema.optional(),
  text: z.string().max(28_000).optional(),
  from: AccountSchema.optional(),
  recipient: AccountSchema.optional(),
  replyToId: z.string().max(512).optional(),
  attachments: z
    .array(z.looseObject({ contentType: z.string().max(256) }))
    .max(50)
    .optional(),
});

/**
 * POST /v3/conversations (ConversationParameters). Only 1:1 conversations exist in the
 * playground: exactly one member, the user a proactive message is for.
 */
export const ConversationParametersSchema = z.looseObject({
  isGroup: z.literal(false, { error: "group conversations are not supported" }).optional(),
  bot: AccountSchema.optional(),
  members: z.array(AccountSchema).length(1, "exactly one member (the user) is required"),
  tenantId: z.string().max(128).optional(),
  activity: BotActivitySchema.optional(),
});

export const ConversationParamsSchema = z.object({ conversationId: IdSchema });
export const ActivityParamsSchema = z.object({ conversationId: IdSchema, activityId: IdSchema });
