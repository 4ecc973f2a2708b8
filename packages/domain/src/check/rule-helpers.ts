import type { Localized } from "../common/localized.js";
import type { Evaluation, Facts, RuleDefinition } from "./rule.js";

export const passed = (explanation?: Localized, hints?: readonly Localized[]): Evaluation => ({
  status: "passed",
  ...(explanation ? { explanation } : {}),
  ...(hints ? { hints } : {}),
});
export const failed = (explanation?: Localized, hints?: readonly Localized[]): Evaluation => ({
  status: "failed",
  ...(explanation ? { explanation } : {}),
  ...(hints ? { hints } : {}),
});
export const review = (explanation?: Localized, hints?: readonly Localized[]): Evaluation => ({
  status: "review",
  ...(explanation ? { explanation } : {}),
  ...(hints ? { hints } : {}),
});
export const notApplicable = (explanation?: Localized): Evaluation => ({
  status: "not_applicable",
  ...(explanation ? { explanation } : {}),
});
/** Unknown, naming the facts that would decide it (they go to `missing`, in this order). */
export const unknown = (need: readonly string[], hints?: readonly Localized[]): Evaluation => ({
  status: "unknown",
  need,
  ...(hints ? { hints } : {}),
});

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
  return {
    ...rule,
    facts: [fact],
    evaluate: (facts) => {
      const value = bool(facts, fact);
      if (value === undefined) return unknown([fact]);
      if (value === fails) return failed(explainFailed, hintOnFail ? [hintOnFail] : undefined);
      return passed(explainPassed);
    },
  };
}
