import { isDomainError } from "../common/domain-error.js";
import type { IsoDate } from "../common/iso-date.js";
import type { Rulebook } from "../rulebooks/rulebook.js";
import { evaluateRulebook, parseFacts } from "./engine.js";
import type { CheckResult } from "./schemas.js";
import type { Outcome } from "./status.js";

/** An open case as stored: its facts and the outcome it was given. */
export interface OpenCase {
  id: string;
  facts: Readonly<Record<string, unknown>>;
  /** The stored outcome; null when the case was stored without a decision. */
  outcome: Outcome | null;
  /** The date the stored decision was taken as of. */
  asOf: IsoDate;
}

export interface OutcomeChange {
  id: string;
  from: Outcome | null;
  to: Outcome;
  /** The new result, so the caseworker sees which rule now decides. */
  result: CheckResult;
}

/** A case whose stored facts the new version refuses (e.g. a fact it no longer knows). */
export interface RecheckRefusal {
  id: string;
  message_nl: string;
  message_en: string;
}

export interface RecheckReport {
  rulebook: string;
  rulebookVersion: string;
  checked: number;
  changed: OutcomeChange[];
  refused: RecheckRefusal[];
}

/**
 * The date a case is re-checked as of: the day the new version takes effect, or the case's own
 * date when that is later (ASSUMED: a new version applies to open cases from its first day; a
 * case decided after that day keeps its own date, e.g. for the income table of its year).
 */
export function recheckDate(rulebook: Rulebook, caseAsOf: IsoDate): IsoDate {
  return caseAsOf > rulebook.validity.from ? caseAsOf : rulebook.validity.from;
}

/**
 * Re-checks open cases against a (new) rulebook version and reports the cases whose outcome
 * changed. Pure: cases in, report out; the store streams them in batches (call once per batch
 * and merge with `mergeRecheckReports`, or pass any iterable).
 */
export function recheck(cases: Iterable<OpenCase>, rulebook: Rulebook): RecheckReport {
  const report: RecheckReport = {
    rulebook: rulebook.id,
    rulebookVersion: rulebook.version,
    checked: 0,
    changed: [],
    refused: [],
  };
  for (const stored of cases) {
    report.checked++;
    let result: CheckResult;
    try {
      result = evaluateRulebook(rulebook, parseFacts(rulebook, stored.facts), recheckDate(rulebook, stored.asOf));
    } catch (error) {
      if (!isDomainError(error)) throw error;
      report.refused.push({ id: stored.id, message_nl: error.message_nl, message_en: error.message_en });
      continue;
    }
    if (result.outcome !== stored.outcome)
      report.changed.push({ id: stored.id, from: stored.outcome, to: result.outcome, result });
  }
  return report;
}

export function mergeRecheckReports(a: RecheckReport, b: RecheckReport): RecheckReport {
  return {
    rulebook: a.rulebook,
    rulebookVersion: a.rulebookVersion,
    checked: a.checked + b.checked,
    changed: a.changed.concat(b.changed),
    refused: a.refused.concat(b.refused),
  };
}
