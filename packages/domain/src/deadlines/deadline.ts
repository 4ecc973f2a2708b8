import type { Localized } from "../common/localized.js";

/** The event a term starts from, in the life of an aanmelding or lease. */
export type DeadlineStart = "aanmelding" | "lease_start" | "agreement_start" | "last_evaluation" | "benefit_start" | "signal_received";

export interface DeadlineDefinition {
  code: string;
  article: string;
  title: Localized;
  startsAt: DeadlineStart;
  term: { months?: number; days?: number; years?: number };
  /**
   * "within" a term (must happen before), "at most" (must end by), "at least" (may not end before),
   * "target" (zo mogelijk vóór: the seed says "indien mogelijk", so passing it is no breach).
   */
  kind: "within" | "at_most" | "at_least" | "target";
  /** Repeats after each occurrence (e.g. yearly evaluation). */
  recurring?: boolean;
}
