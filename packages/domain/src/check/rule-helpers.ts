import type { Localized } from "../common/localized.js";
import type { Evaluation, Facts, RuleDefinition } from "./rule.js";

/**
 * Every helper answers this one shape, an absent part as undefined: the engine reads each
 * evaluation's parts at one place for all rules, and objects spread together from optional
 * parts came in half a dozen shapes (and each spread cost a property copy).
 */
const evaluation = (
  status: Evaluation["status"],
  need: readonly string[] | undefined,
  explanation: Localized | undefined,
  hints: readonly Localized[] | undefined,
): Evaluation => ({
  status,
  need,
  explanation: explanation ? explanation : undefined,
  hints: hints ? hints : undefined,
});

export const passed = (explanation?: Localized, hints?: readonly Localized[]): Evaluation =>
  evaluation("passed", undefined, explanation, hints);
export const failed = (explanation?: Localized, hints?: readonly Localized[]): Evaluation =>
  evaluation("failed", undefined, explanation, hints);
export const review = (explanation?: Localized, hints?: readonly Localized[]): Evaluation =>
  evaluation("review", undefined, explanation, hints);
export const notApplicable = (explanation?: Localized): Evaluation =>
  evaluation("not_applicable", undefined, explanation, undefined);
/** Unknown, naming the facts that would decide it (they go to `missing`, in this order). */
export const unknown = (need: readonly string[], hints?: readonly Localized[]): Evaluation =>
  evaluation("unknown", need, undefined, hints);

export const has = (facts: Facts, name: string): boolean => facts[name] !== undefined;
export const bool = (facts: Facts, name: string): boolean | undefined => facts[name] as boolean | undefined;
export const num = (facts: Facts, name: string): number | undefined => facts[name] as number | undefined;
export const str = (facts: Facts, name: string): string | undefined => facts[name] as string | undefined;

interface BooleanRuleSpec extends Omit<RuleDefinition, "facts" | "evaluate"> {
  fact: string;
  /** The value that fails the rule (facts.md "fails: X"). */
  fails: boolean;
  /** Shown with a failed status: what would change it, or the route instead. */
  hintOnFail?: Localized;
  explainFailed?: Localized;
  explainPassed?: Localized;
}

/** The common case: one yes/no fact decides the rule. */
export function booleanRule(spec: BooleanRuleSpec): RuleDefinition {
  const { fact, fails, hintOnFail, explainFailed, explainPassed, ...rule } = spec;
  const need = [fact];
  const hintsOnFail = hintOnFail ? [hintOnFail] : undefined;
  return {
    ...rule,
    facts: [fact],
    evaluate: (facts) => {
      const value = bool(facts, fact);
      if (value === undefined) return unknown(need);
      if (value === fails) return failed(explainFailed, hintsOnFail);
      return passed(explainPassed);
    },
  };
}
