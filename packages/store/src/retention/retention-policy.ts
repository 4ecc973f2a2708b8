import { z } from "zod";
import { parseInput } from "../records/parse.js";
import { SignalStatusSchema, awaitingAcknowledgement } from "@convenantbot/domain";

/**
 * How long closed work is kept, as data. Defaults follow practice in the convenanten: an
 * unanswered or closed signal 6 months, a closed case 18 months, an abandoned intake 30 days
 * (ASSUMED). A region overrides them
 * here, not in code.
 */
export const RetentionPolicySchema = z.strictObject({
  signals: z.strictObject({
    /** Months since the signal's last change. */
    months: z.number().int().positive(),
    /** Unanswered (awaiting acknowledgement: nieuw, doorgestuurd) and closed (afgesloten). */
    statuses: z.array(SignalStatusSchema).min(1),
  }),
  aanmeldingen: z.strictObject({
    /** Months since the case was closed (afgesloten, afgewezen or ingetrokken). */
    months: z.number().int().positive(),
  }),
  intakes: z.strictObject({
    /** Days an intake (the bot's conversation state) may lie untouched before it is removed. */
    days: z.number().int().positive(),
  }),
  /** Records per transaction, so a large purge never holds long locks. */
  batchSize: z.number().int().positive().max(10_000),
});
export type RetentionPolicy = z.infer<typeof RetentionPolicySchema>;

export const retentionPolicy: RetentionPolicy = {
  signals: { months: 6, statuses: [...awaitingAcknowledgement, "afgesloten"] },
  aanmeldingen: { months: 18 },
  // ASSUMED: no seed names a term for an intake nobody finished; 30 days leaves a caseworker
  // a month to come back to it, and keeps answers about a candidate no longer than that.
  intakes: { days: 30 },
  batchSize: 500,
};

export interface RetentionPolicyOverrides {
  signals?: Partial<RetentionPolicy["signals"]>;
  aanmeldingen?: Partial<RetentionPolicy["aanmeldingen"]>;
  intakes?: Partial<RetentionPolicy["intakes"]>;
  batchSize?: number;
}

/** The defaults with a region's overrides applied, validated. */
export function resolveRetentionPolicy(overrides: RetentionPolicyOverrides = {}): RetentionPolicy {
  return parseInput(
    RetentionPolicySchema,
    {
      signals: { ...retentionPolicy.signals, ...overrides.signals },
      aanmeldingen: { ...retentionPolicy.aanmeldingen, ...overrides.aanmeldingen },
      intakes: { ...retentionPolicy.intakes, ...overrides.intakes },
      batchSize: overrides.batchSize ?? retentionPolicy.batchSize,
    },
    { nl: "bewaarbeleid", en: "retention policy" },
  );
}
