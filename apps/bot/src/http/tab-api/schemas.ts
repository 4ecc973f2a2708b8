import { z } from "zod";
import { SignalActionSchema, SignalStatusSchema, SignalTypeSchema } from "@convenantbot/domain";

// The request side of the tab's contract (apps/tab/src/api/contract.ts), built from the same
// domain schemas. The bot's runtime cannot import the tab package (a dev dependency, TypeScript
// source); the contract test checks these stay identical to the tab's.

/** Query strings arrive as text; strict, so a typo is a 400 instead of a silently unfiltered list. */
export const SignalListQuerySchema = z.strictObject({
  type: SignalTypeSchema.optional(),
  status: SignalStatusSchema.optional(),
  overdue: z.enum(["true", "false"]).optional(),
});

/** The card's and the partners' API's action body. */
export const SignalActionRequestSchema = SignalActionSchema;

/** `:rulebook` in dashboard paths: an id as the domain spells them. */
export const RulebookIdSchema = z.string().regex(/^[a-z0-9-]{1,80}$/);

/** `:id` in signal paths: checked before the store sees it, so a bad id is a 400 naming `id`, not a database error. */
export const SignalIdParamSchema = z.uuid();
