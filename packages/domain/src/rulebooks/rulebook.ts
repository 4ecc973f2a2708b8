import type { IsoDate } from "../common/iso-date.js";
import type { Localized } from "../common/localized.js";
import type { Facts, RuleDefinition } from "../check/rule.js";
import type { CheckResult } from "../check/schemas.js";
import type { FactDefinition } from "../facts/fact-definition.js";
import type { Party, SupportProposal } from "../parties/party.js";
import type { DeadlineDefinition } from "../deadlines/deadline.js";

/** A recorded assumption: where the seed is silent, in data so a region can correct it. */
export interface Assumption {
  id: string;
  /** Starts with "AANNAME:" (the Dutch reader's word) so a reader sees at once it is ours, not the seed's. */
  text_nl: string;
  /** Starts with "ASSUMED:", the marker the code and the data are searched for. */
  text_en: string;
}

/** Boolean facts asked together; each stays its own fact (true when ticked, false otherwise). */
export interface QuestionGroup {
  id: string;
  /** Shown above the checklist, e.g. "Geldt een van deze uitsluitingen voor de kandidaat?". */
  title: Localized;
  facts: readonly string[];
}

export interface Validity {
  from: IsoDate;
  /** Last valid day, inclusive; null means indefinite. */
  to: IsoDate | null;
  /** Extensions recorded as data: each moves the last valid day. */
  extensions: readonly { to: IsoDate | null; source: string }[];
  /**
   * A recorded end (a withdrawal or a decision to end it, e.g. seed 004 art. 11 lid 2 and
   * art. 12 lid 2): the last valid day, whatever `to` and the extensions say. A tacit renewal
   * needs no act, so such a rulebook has `to: null` and only an `ended` record stops it.
   */
  ended?: { lastDay: IsoDate; source: string };
  note?: Localized;
}

export interface Rulebook {
  id: string;
  version: string;
  title: Localized;
  /** Seed file name in shared/seeds that this rulebook distils. */
  seed: string;
  region: string;
  validity: Validity;
  /** "voorstel" when the seed holds proposals, not an adopted regulation. */
  legalStatus: "vastgesteld" | "voorstel";
  assumptions: readonly Assumption[];
  /** Every fact the check accepts, with how to ask it. */
  facts: readonly FactDefinition[];
  /**
   * Terms the seed attaches to an aanmelding, shown as hints on an eligible result (each names
   * its article), e.g. KW's suspension of collection or LV's single offer.
   */
  eligibleHints?: readonly Localized[];
  /** Shown as hints on a not_eligible result: a route that remains (e.g. GV's hardship clause). */
  refusalHints?: readonly Localized[];
  /** Rules in the order the intake should walk them. */
  rules: readonly RuleDefinition[];
  parameters: Readonly<Record<string, unknown>>;
  parties: readonly Party[];
  deadlines: readonly DeadlineDefinition[];
  /**
   * Related yes/no questions the intake asks as one checklist (tick what applies, or "geen van
   * deze"): data, so a region can regroup them without code.
   */
  questionGroups?: readonly QuestionGroup[];
  /** Who could support this case, and why (pure). */
  proposeSupportParties?: (facts: Facts, result: CheckResult) => SupportProposal[];
}

/** The last valid day after all recorded extensions and any recorded end (null: indefinite). */
export function lastValidDay(validity: Validity): IsoDate | null {
  if (validity.ended) return validity.ended.lastDay;
  const last = validity.extensions.at(-1);
  return last ? last.to : validity.to;
}

export function isValidOn(rulebook: Rulebook, asOf: IsoDate): boolean {
  const to = lastValidDay(rulebook.validity);
  return rulebook.validity.from <= asOf && (to === null || asOf <= to);
}
