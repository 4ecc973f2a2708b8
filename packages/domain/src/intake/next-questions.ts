import type { IsoDate } from "../common/iso-date.js";
import type { Localized } from "../common/localized.js";
import { evaluateRulebook } from "../check/engine.js";
import type { Facts } from "../check/rule.js";
import type { CheckResult } from "../check/schemas.js";
import type { AnswerType, Choice, FactDefinition } from "../facts/fact-definition.js";
import type { Rulebook } from "../rulebooks/rulebook.js";

export interface Question {
  fact: string;
  text: Localized;
  help?: Localized;
  answer: AnswerType;
  choices?: readonly Choice[];
  min?: number;
  max?: number;
}

export interface IntakeStep {
  result: CheckResult;
  /** Next questions in asking order; empty when the intake is complete. */
  questions: Question[];
  /** True when no answer can change the outcome any more. */
  decided: boolean;
}

/**
 * What to ask next, from the check's own `missing` list, so the bot asks only what can still
 * matter: conditional facts appear only when needed (no debt questions once hasProblemDebts is
 * false), and once a rule has failed the outcome is fixed, so the intake stops unless the
 * caseworker asks to complete the picture (`complete: true`).
 */
export function nextQuestions(
  rulebook: Rulebook,
  facts: Facts,
  asOf: IsoDate,
  options: { limit?: number; complete?: boolean } = {},
): IntakeStep {
  const result = evaluateRulebook(rulebook, facts, asOf);
  const decided = result.outcome !== "needs_info";
  const stop = result.outcome === "not_eligible" && !options.complete;
  const names = stop ? [] : result.missing;
  const questions = names.slice(0, options.limit ?? names.length).map((name) => questionFor(rulebook, name));
  return { result, questions, decided };
}

export function questionFor(rulebook: Rulebook, factName: string): Question {
  const fact = rulebook.facts.find((f) => f.name === factName);
  if (!fact) throw new Error(`rulebook ${rulebook.id} has no fact ${factName}`);
  return questionOf(fact);
}

/** How the intake asks one fact (its definition minus the schema). */
export function questionOf(fact: FactDefinition): Question {
  return {
    fact: fact.name,
    text: fact.question,
    answer: fact.answer,
    ...(fact.help ? { help: fact.help } : {}),
    ...(fact.choices ? { choices: fact.choices } : {}),
    ...(fact.min !== undefined ? { min: fact.min } : {}),
    ...(fact.max !== undefined ? { max: fact.max } : {}),
  };
}
