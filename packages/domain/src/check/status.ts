import { z } from "zod";

export const RuleStatusSchema = z.enum(["passed", "failed", "unknown", "review", "not_applicable"]);
export type RuleStatus = z.infer<typeof RuleStatusSchema>;

export const OutcomeSchema = z.enum(["eligible", "not_eligible", "needs_info", "needs_review"]);
export type Outcome = z.infer<typeof OutcomeSchema>;

/** facts.md: failed -> not_eligible; else review -> needs_review; else unknown -> needs_info. */
export function outcomeOf(statuses: readonly RuleStatus[]): Outcome {
  if (statuses.includes("failed")) return "not_eligible";
  if (statuses.includes("review")) return "needs_review";
  if (statuses.includes("unknown")) return "needs_info";
  return "eligible";
}

// An alternatives group takes the best of its members: passed > review > unknown > failed.
export const groupRank: Record<RuleStatus, number> = { passed: 4, review: 3, unknown: 2, failed: 1, not_applicable: 0 };

/** Members that do not apply are ignored; a group where none applies has no ground: failed. */
export function groupStatusOf(memberStatuses: readonly RuleStatus[]): RuleStatus {
  let best: RuleStatus = "failed";
  for (const status of memberStatuses) if (groupRank[status] > groupRank[best]) best = status;
  return best;
}
