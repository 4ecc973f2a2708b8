import { z } from "zod";
import { IsoDateSchema } from "../common/iso-date.js";
import { OutcomeSchema, RuleStatusSchema } from "./status.js";

/** The public check request (facts.md). Facts are parsed again by the rulebook's own schema. */
export const CheckRequestSchema = z.strictObject({
  rulebook: z.string().min(1),
  asOf: IsoDateSchema,
  // Checked once, by the rulebook's own strict facts schema (engine.parseFacts), not twice.
  facts: z.unknown(),
});
export type CheckRequest = z.infer<typeof CheckRequestSchema>;

export const ReasonSchema = z.object({
  code: z.string(),
  article: z.string(),
  status: RuleStatusSchema,
  text_nl: z.string(),
  text_en: z.string(),
  group: z.string().optional(),
  /** Informational flags (e.g. KW.KINDEREN) never decide the outcome. */
  informational: z.literal(true).optional(),
  /** Proposals (voorstel) rather than adopted rules. */
  voorstel: z.literal(true).optional(),
});
export type Reason = z.infer<typeof ReasonSchema>;

export const HintSchema = z.object({ text_nl: z.string(), text_en: z.string() });
export type Hint = z.infer<typeof HintSchema>;

export const ReceiptSchema = z.object({
  rulebookVersion: z.string(),
  rulebookHash: z.string().regex(/^sha256:[0-9a-f]{64}$/),
  engineVersion: z.string(),
  facts: z.record(z.string(), z.unknown()),
});
export type Receipt = z.infer<typeof ReceiptSchema>;

export const CheckResponseSchema = z.object({
  rulebook: z.string(),
  asOf: IsoDateSchema,
  outcome: OutcomeSchema,
  reasons: z.array(ReasonSchema),
  missing: z.array(z.string()),
  hints: z.array(HintSchema),
  receipt: ReceiptSchema,
});
export type CheckResult = z.infer<typeof CheckResponseSchema>;
