import { z } from "zod";

/** Ids are short printable strings; the cap keeps a bad client from filling memory. */
export const IdSchema = z.string().min(1).max(256);

const UserSchema = z.looseObject({ id: IdSchema, name: z.string().max(256).optional() });

/**
 * POST /tokens/generate. Real Direct Line takes `{user: {id, name}}` (and trustedOrigins);
 * `fresh: true` is the playground's own: start a new conversation instead of resuming the
 * user's latest one (the header's "Nieuw gesprek" button).
 */
export const GenerateTokenBodySchema = z
  .looseObject({
    user: UserSchema.optional(),
    fresh: z.boolean().optional(),
    /**
     * The playground's own: the conversation the page had (kept in sessionStorage), so a
     * reconnect after a server restart resumes it, and the bot's state of it (a paused intake).
     */
    conversationId: z
      .string()
      .regex(/^[A-Za-z0-9_-]{8,64}$/)
      .optional(),
  })
  .optional()
  .transform((body) => body ?? {});

/** POST /conversations: DirectLineJS sends `{user: {id}, locale}`, the id missing when unset. */
export const StartConversationBodySchema = z
  .looseObject({
    user: z.looseObject({ id: IdSchema.optional() }).optional(),
    locale: z.string().max(32).optional(),
  })
  .optional()
  .transform((body) => body ?? {});

/** `watermark=` (empty) is what DirectLineJS sends before it has one. */
export const WatermarkQuerySchema = z.looseObject({
  watermark: z
    .union([z.literal(""), z.string().regex(/^\d{1,12}$/, "watermark must be a whole number")])
    .optional()
    .transform((value) => (value ? Number(value) : undefined)),
});

/** A user's activity: only what the playground reads is checked; the rest passes to the bot. */
export const UserActivitySchema = z.looseObject({
  type: z.string().min(1).max(64),
  text: z.string().max(28_000).optional(),
  from: z
    .looseObject({
      id: IdSchema.optional(),
      name: z.string().max(256).optional(),
      aadObjectId: z.string().max(128).optional(),
    })
    .optional(),
  channelData: z.record(z.string(), z.unknown()).optional(),
  attachments: z
    .array(z.looseObject({ contentType: z.string().max(256) }))
    .max(10)
    .optional(),
});

export const AuthorizationSchema = z
  .string({ error: "Authorization header missing" })
  .regex(/^Bearer\s+\S+$/i, "expected: Authorization: Bearer <token>")
  .transform((header) => header.replace(/^Bearer\s+/i, "").trim());
