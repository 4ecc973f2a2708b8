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
  /** A rulebook question group: its yes/no facts asked as one checklist ("geen van deze"). */
  checklist: boolean;
}

/**
 * At most this many single questions per section: with one section open at a time the form
 * stays under the ~600 px of issue 15 (about 90 px a question at 460 px wide).
 */
export const SNELCHECK_SECTION_MAX = 3;

/** `items` in consecutive chunks of at most `max`, as few as possible, sizes differing by at most one. */
function chunk<T>(items: readonly T[], max: number): T[][] {
  const parts = Math.ceil(items.length / max);
  const chunks: T[][] = [];
  let start = 0;
  for (let i = 0; i < parts; i++) {
    const size = Math.floor(items.length / parts) + (i < items.length % parts ? 1 : 0);
    chunks.push(items.slice(start, start + size));
    start += size;
  }
  return chunks;
}

/**
 * The snelcheck form in sections, from the check itself: first what the check asks of an
 * empty case (the questions a caseworker always fills in, in the rules' order, split into
 * parts of at most SNELCHECK_SECTION_MAX), each rulebook question group as one checklist
 * section, and the follow-ups (asked only after some answer, e.g. the eviction's reason)
 * last; a group of follow-ups only is a follow-up section itself. The card shows one
 * section at a time. Every fact appears exactly once.
 */
export function snelcheckSections(rulebook: Rulebook, asOf: IsoDate): SnelcheckSection[] {
  const missing = evaluateRulebook(rulebook, {}, asOf).missing;
  const asked = new Set(missing);
  const grouped = new Set((rulebook.questionGroups ?? []).flatMap((g) => g.facts));
  const names = rulebook.facts.map((f) => f.name);
  // In the check's order, which is the intake's.
  const core = [...new Set(missing)].filter((n) => names.includes(n) && !grouped.has(n));
  const coreParts = chunk(core, SNELCHECK_SECTION_MAX);
  // A group the empty case does not ask (e.g. GV urgentie's per-ground questions) is a follow-up too.
  const groups = (rulebook.questionGroups ?? []).map((g) => ({
    id: g.id,
    title: g.title,
    facts: g.facts.filter((f) => names.includes(f)),
    followUp: !g.facts.some((f) => asked.has(f)),
    checklist: true,
  }));
  const sections: SnelcheckSection[] = [
    ...coreParts.map((facts, i) => ({
      id: coreParts.length === 1 ? "core" : `core-${i + 1}`,
      title: t("Basisvragen", "Basic questions"),
      facts,
      followUp: false,
      checklist: false,
    })),
    ...groups.filter((g) => !g.followUp),
    ...groups.filter((g) => g.followUp),
    {
      id: "follow-up",
      title: t("Vervolgvragen (alleen als van toepassing)", "Follow-up questions (only if they apply)"),
      facts: names.filter((n) => !asked.has(n) && !grouped.has(n)),
      followUp: true,
      checklist: false,
    },
  ];
  return sections.filter((s) => s.facts.length > 0);
}
