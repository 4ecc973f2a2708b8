import {
  CheckResponseSchema,
  IsoDateSchema,
  OutcomeSchema,
  ReceiptSchema,
  RuleStatusSchema,
} from "@convenantbot/domain";
import { z } from "zod";

/**
 * What remains of a decision after retention: rulebook, hash, outcome and rule codes, so the
 * decision can still be explained against its rulebook version, but no facts.
 */
export const PseudonymisedDecisionSchema = z.object({
  pseudonymised: z.literal(true),
  rulebook: z.string(),
  asOf: IsoDateSchema,
  outcome: OutcomeSchema,
  codes: z.array(z.object({ code: z.string(), status: RuleStatusSchema })),
  receipt: ReceiptSchema.omit({ facts: true }),
});
export type PseudonymisedDecision = z.infer<typeof PseudonymisedDecisionSchema>;

export const StoredDecisionSchema = z.union([CheckResponseSchema, PseudonymisedDecisionSchema]);
export type StoredDecision = z.infer<typeof StoredDecisionSchema>;

export function pseudonymiseDecision(decision: z.infer<typeof CheckResponseSchema>): PseudonymisedDecision {
  const { facts: _facts, ...receipt } = decision.receipt;
  return {
    pseudonymised: true,
    rulebook: decision.rulebook,
    asOf: decision.asOf,
    outcome: decision.outcome,
    codes: decision.reasons.map((reason) => ({ code: reason.code, status: reason.status })),
    receipt,
  };
}
