import type { CaseRole } from "../cases/case-lifecycle-table.js";
import type { Localized } from "../common/localized.js";

/** The event a term starts from, in the life of an aanmelding or lease. */
export type DeadlineStart =
  "aanmelding" | "lease_start" | "agreement_start" | "last_evaluation" | "benefit_start" | "signal_received";

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
  /** The event that meets the term when it is not a step of its own: the first offer (LV art. 5 lid 4, 6 lid 4). */
  metBy?: "first_offer";
  /** Whose term: one tenant's case (shown on the case), or the convenant's parties together (a meeting, not on a case). */
  scope: "case" | "convenant";
  /** The case roles that must act before the term lapses, with the seed's words or ASSUMED. */
  owners?: { roles: readonly CaseRole[]; source: string };
}
