import type { Localized } from "../common/localized.js";
import type { Rulebook } from "../rulebooks/rulebook.js";
import { questionFor, type Question } from "./next-questions.js";

export interface QuestionGroupStep {
  id: string;
  title: Localized;
  /** The group's questions still open, `current` first, then in the rulebook's group order. */
  questions: Question[];
}

/**
 * The checklist to ask instead of the single question `current`, when the rulebook groups it
 * with other boolean facts that are still missing. Only missing facts are asked: an answered
 * one is never asked again, and one the check does not need (yet) is not asked at all.
 */
export function questionGroupFor(
  rulebook: Rulebook,
  current: string,
  missing: readonly string[],
): QuestionGroupStep | undefined {
  const group = rulebook.questionGroups?.find((g) => g.facts.includes(current));
  if (!group) return undefined;
  const open = group.facts.filter((f) => f === current || missing.includes(f));
  const facts = [current, ...open.filter((f) => f !== current)];
  const questions = facts.map((f) => questionFor(rulebook, f)).filter((q) => q.answer === "boolean");
  if (questions.length < 2 || questions[0]?.fact !== current) return undefined;
  return { id: group.id, title: group.title, questions };
}
