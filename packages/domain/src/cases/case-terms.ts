import type { IsoDate } from "../common/iso-date.js";
import { deadlinesFrom, type Deadline } from "../deadlines/compute.js";
import type { DeadlineDefinition, DeadlineStart } from "../deadlines/deadline.js";
import { dutchDateOf } from "../signals/dutch-date.js";
import { finalCaseStatuses } from "./case-lifecycle-table.js";
import type { CaseState } from "./case-lifecycle.js";

export interface CaseTerm extends Deadline {
  /** The day the term was met (LV.5.4: the offer), if it was. */
  metOn?: IsoDate;
  overdue: boolean;
}

/**
 * The terms of a case, each started by the real event in its history (not by the intake):
 * LV.5.4/LV.6.4 at the voordracht, LV.4.9 and LV.5.11 at the lease start (LV.5.11 again at
 * each evaluation), LV.4.10 at the start of the woonbegeleidingsovereenkomst, KW's three
 * months of rent from the benefit at the benefit start. A term whose event has not happened
 * is not shown.
 */
export function caseTerms(definitions: readonly DeadlineDefinition[], state: CaseState, today: IsoDate): CaseTerm[] {
  const starts: Partial<Record<DeadlineStart, IsoDate>> = {
    aanmelding: dutchDateOf(state.submittedAt),
    ...(state.leaseStart
      ? { lease_start: state.leaseStart, last_evaluation: state.lastEvaluation ?? state.leaseStart }
      : {}),
    ...(state.agreementStart ? { agreement_start: state.agreementStart } : {}),
    ...(state.benefitStart ? { benefit_start: state.benefitStart } : {}),
  };
  const closed = finalCaseStatuses.includes(state.status);
  const terms: CaseTerm[] = [];
  const metByOffer = new Set(definitions.filter((d) => d.metBy === "first_offer").map((d) => d.code));
  for (const [event, on] of Object.entries(starts) as [DeadlineStart, IsoDate][]) {
    // A meeting of the convenant's parties (KW.EVALUATIE, MH.BREED_OVERLEG) is not a term of one case.
    for (const d of deadlinesFrom(
      definitions.filter((x) => x.scope === "case"),
      event,
      on,
    )) {
      // The offer meets the offer term (LV.5.4/LV.6.4, "indien mogelijk": a target).
      const metOn = metByOffer.has(d.code) ? state.offeredOn : undefined;
      const open = !closed && metOn === undefined && d.kind !== "at_least";
      terms.push({ ...d, ...(metOn ? { metOn } : {}), overdue: open && today > d.due });
    }
  }
  return terms.sort((a, b) => a.due.localeCompare(b.due));
}

/** Terms still running that fall due within `days` days from today (the tab's "deze week"). */
export function termsDueWithin(terms: readonly CaseTerm[], today: IsoDate, untilInclusive: IsoDate): CaseTerm[] {
  return terms.filter(
    (t) => t.metOn === undefined && t.kind !== "at_least" && t.due >= today && t.due <= untilInclusive,
  );
}
