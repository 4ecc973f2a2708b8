import type { AnswerType, Choice, FactDefinition, Localized, Question } from "@convenantbot/domain";

/**
 * One shape for "a fact the card asks for", whether it comes from an intake Question or a
 * rulebook FactDefinition, so inputs and parsing are written once.
 */
export interface FieldSpec {
  fact: string;
  label: Localized;
  help?: Localized;
  answer: AnswerType;
  choices?: readonly Choice[];
  min?: number;
  max?: number;
  /** The domain's own schema, when known: the final word on what the check accepts. */
  schema?: FactDefinition["schema"];
}

export function specFromQuestion(question: Question): FieldSpec {
  return {
    fact: question.fact,
    label: question.text,
    answer: question.answer,
    ...(question.help ? { help: question.help } : {}),
    ...(question.choices ? { choices: question.choices } : {}),
    ...(question.min !== undefined ? { min: question.min } : {}),
    ...(question.max !== undefined ? { max: question.max } : {}),
  };
}

export function specFromFact(fact: FactDefinition): FieldSpec {
  return {
    fact: fact.name,
    label: fact.question,
    answer: fact.answer,
    schema: fact.schema,
    ...(fact.help ? { help: fact.help } : {}),
    ...(fact.choices ? { choices: fact.choices } : {}),
    ...(fact.min !== undefined ? { min: fact.min } : {}),
    ...(fact.max !== undefined ? { max: fact.max } : {}),
  };
}

/** The domain's textFact caps free text at 200 characters; the input says so up front. */
export const TEXT_MAX_LENGTH = 200;

/**
 * The value an "unknown" choice sends. A fact is unknown when absent (facts.md), but a card
 * client cannot send "absent" from a radio button or a Teams dropdown that was touched, so
 * the snelcheck offers this explicit choice and the parser turns it back into absence.
 */
export const UNKNOWN_VALUE = "unknown";
