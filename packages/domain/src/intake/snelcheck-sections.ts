import type { IsoDate } from "../common/iso-date.js";
import { t, type Localized } from "../common/localized.js";
import { evaluateRulebook } from "../check/engine.js";
import type { Rulebook } from "../rulebooks/rulebook.js";

export interface SnelcheckSection {
  id: string;
  title: Localized;
  facts: string[];
  /** Follow-up questions: only needed after a particular answer, so shown on request. */
  followUp: boolean;
}

/**
 * The snelcheck form in sections, from the check itself: first what the check asks of an
 * empty case (the questions a caseworker always fills in), each rulebook question group as its
 * own section, and the follow-ups (asked only after some answer, e.g. the eviction's reason)
 * last, behind "Toon vervolgvragen". Every fact appears exactly once.
 */
export function snelcheckSections(rulebook: Rulebook, asOf: IsoDate): SnelcheckSection[] {
  const asked = new Set(evaluateRulebook(rulebook, {}, asOf).missing);
  const grouped = new Set((rulebook.questionGroups ?? []).flatMap((g) => g.facts));
  const names = rulebook.facts.map((f) => f.name);
  const sections: SnelcheckSection[] = [
    { id: "core", title: t("Basisvragen", "Basic questions"), facts: names.filter((n) => asked.has(n) && !grouped.has(n)), followUp: false },
    ...(rulebook.questionGroups ?? []).map((g) => ({ id: g.id, title: g.title, facts: g.facts.filter((f) => names.includes(f)), followUp: false })),
    { id: "follow-up", title: t("Vervolgvragen (alleen als van toepassing)", "Follow-up questions (only if they apply)"), facts: names.filter((n) => !asked.has(n) && !grouped.has(n)), followUp: true },
  ];
  return sections.filter((s) => s.facts.length > 0);
}
