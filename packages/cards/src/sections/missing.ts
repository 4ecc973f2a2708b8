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
 * The facts still needed, in the order the intake would ask them; shown as the question when
 * the caller passes the rulebook's facts (fact names alone mean little to a caseworker).
 */
export function missingSection(missing: readonly string[], lang: Language, facts?: readonly FactQuestion[]): CardElement[] {
  if (missing.length === 0) return [];
  const label = (name: string) => {
    const fact = facts?.find((f) => f.name === name);
    return fact ? `${fact.question[lang]} (${name})` : name;
  };
  const lines = missing.slice(0, MISSING_SHOWN).map((name) => `- ${label(name)}`);
  if (missing.length > MISSING_SHOWN) lines.push(`- ${msg(lang, "common.andMore", { count: missing.length - MISSING_SHOWN })}`);
  return [sectionTitle(msg(lang, "check.missing", { count: missing.length })), text(lines.join("\n"), { spacing: "small" })];
}
