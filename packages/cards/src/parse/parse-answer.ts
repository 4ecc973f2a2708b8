import type { Question } from "@convenantbot/domain";
import { specFromQuestion } from "../inputs/field-spec.js";
import type { FieldIssue } from "./field-issue.js";
import { parseFactValue, type FactValue } from "./fact-value.js";

/**
 * The intake card's answer. "unknown" (empty, or a client that skipped the required check)
 * is not an error the bot must phrase itself: it re-asks, e.g. with msg(lang, "bot.answerRequired").
 */
export type AnswerParse =
  | { status: "answered"; fact: string; value: FactValue }
  | { status: "unknown"; fact: string }
  | { status: "invalid"; fact: string; issue: FieldIssue };

/** `rawValue` is the value of the input named after the fact, i.e. `data[question.fact]`. */
export function parseAnswer(question: Question, rawValue: unknown): AnswerParse {
  const parsed = parseFactValue(specFromQuestion(question), rawValue);
  switch (parsed.kind) {
    case "value":
      return { status: "answered", fact: question.fact, value: parsed.value };
    case "unknown":
      return { status: "unknown", fact: question.fact };
    case "invalid":
      return { status: "invalid", fact: question.fact, issue: parsed.issue };
  }
}
