import type { Language, Question } from "@convenantbot/domain";
import { localize, msg } from "../messages/index.js";
import { formatDate } from "./date.js";

/**
 * An intake answer as the caseworker gave it ("Ja", "Overlast", "7", "1 maart 2026"), never
 * the stored code ("true", "overlast"): shown on "Wijzig een antwoord" and the summary.
 */
export function answerLabel(question: Pick<Question, "answer" | "choices">, value: unknown, lang: Language): string {
  if (value === undefined || value === null) return msg(lang, "common.unknown");
  const choice = (v: unknown) => {
    const found = question.choices?.find((c) => c.value === v);
    return found ? localize(lang, found.label) : String(v);
  };
  switch (question.answer) {
    case "boolean":
      return value === true ? msg(lang, "common.yes") : value === false ? msg(lang, "common.no") : String(value);
    case "choice":
      return choice(value);
    case "multi-choice":
      return Array.isArray(value) ? value.map(choice).join(", ") : choice(value);
    case "number":
    case "integer":
      return typeof value === "number" ? value.toLocaleString(lang === "nl" ? "nl-NL" : "en-GB") : String(value);
    case "date":
      return typeof value === "string" ? formatDate(value, lang) : String(value);
    case "text":
      return String(value);
  }
}

/** A long question shortened for a one-line summary; the full text stays on the question itself. */
export function shortQuestion(text: string, max = 60): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}
