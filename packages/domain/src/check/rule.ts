import type { IsoDate } from "../common/iso-date.js";
import type { Localized } from "../common/localized.js";
import type { RuleStatus } from "./status.js";

/** Facts as the engine sees them after parsing: absent means unknown. */
export type Facts = Readonly<Record<string, unknown>>;

export interface EvaluationContext {
  asOf: IsoDate;
  /** The rulebook's parameters (data), e.g. the income limit of a year. */
  parameters: Readonly<Record<string, unknown>>;
}

/** What one rule says about one case. */
export interface Evaluation {
  status: RuleStatus;
  /** Facts still needed for this rule, in the order the intake should ask them. */
  need?: readonly string[];
  /** Why this status, when the generic "passed/failed: <title>" is not enough. */
  explanation?: Localized;
  /** What would change the outcome, or which route applies instead. */
  hints?: readonly Localized[];
}

/**
 * - condition: must pass (a voorwaarde, criterion or exclusion);
 * - informational: a flag such as KW.KINDEREN, never failed, not in the outcome;
 * - group: an alternatives group, its status is the best of its members' (facts.md).
 */
export type RuleKind = "condition" | "informational" | "group";

export interface RuleDefinition {
  code: string;
  article: string;
  /** What the rule requires, in the seed's words. */
  title: Localized;
  kind?: RuleKind;
  /** For a member of an alternatives group: the group's code. */
  group?: string;
  /** Facts this rule can read, in asking order (documentation and hashing; `need` decides). */
  facts: readonly string[];
  /** "voorstel" where the seed holds only a proposal (gv-urgentie-2019). */
  status?: "voorstel";
  /** Who decides when this rule answers `review`. */
  decidedBy?: Localized;
  /** Who advises the decider (shown as "Advies:", never as a decider). */
  advisedBy?: Localized;
  /**
   * Every status this rule can answer, so the test tables can prove each one is covered.
   * Default: condition and group [passed, failed, unknown]; informational [passed, not_applicable, unknown].
   */
  statuses?: readonly RuleStatus[];
  evaluate?: (facts: Facts, context: EvaluationContext) => Evaluation;
}

export function possibleStatuses(rule: RuleDefinition): readonly RuleStatus[] {
  if (rule.statuses) return rule.statuses;
  return rule.kind === "informational" ? ["passed", "not_applicable", "unknown"] : ["passed", "failed", "unknown"];
}
