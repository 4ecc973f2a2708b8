import type { Language, Localized } from "@convenantbot/domain";
import type { CardElement } from "../card-types.js";
import { sectionTitle, text } from "../elements/text.js";
import { msg } from "../messages/index.js";

/** Enough to see what is missing without the card outgrowing Teams' message size limit. */
const MISSING_SHOWN = 10;

export interface FactQuestion {
  name: string;
  question: Localized;
}

/**
 * The facts still needed, in the order the intake would ask them, as the rulebook's questions in
 * the reader's language: a camelCase fact name means nothing to a caseworker, so a fact without
 * a question is left out. Nothing is shown when the outcome is already negative: no answer can
 * make a not_eligible result eligible by itself, and the list would only distract.
 */
export function missingSection(
  missing: readonly string[],
  lang: Language,
  facts?: readonly FactQuestion[],
  outcome?: string,
): CardElement[] {
  if (missing.length === 0 || outcome === "not_eligible") return [];
  const questions = missing.flatMap((name) => {
    const fact = facts?.find((f) => f.name === name);
    return fact ? [fact.question[lang]] : [];
  });
  if (questions.length === 0) return [];
  const lines = questions.slice(0, MISSING_SHOWN).map((q) => `- ${q}`);
  if (questions.length > MISSING_SHOWN)
    lines.push(`- ${msg(lang, "common.andMore", { count: questions.length - MISSING_SHOWN })}`);
  return [
    sectionTitle(msg(lang, "check.missingQuestions", { count: questions.length })),
    text(lines.join("\n"), { spacing: "small" }),
  ];
}
