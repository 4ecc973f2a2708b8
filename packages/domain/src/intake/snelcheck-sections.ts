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
  /** The answer that opens these follow-ups (GV urgentie: one ground of `grounds`). */
  openedBy?: { fact: string; value: string };
  /** One of several parts of the follow-ups of one answer (more than SNELCHECK_SECTION_MAX questions); every part has the answer's title. */
  part?: { index: number; of: number };
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
 * Follow-ups split by the answer that opens them: for each multi-choice question the empty
 * case asks (GV urgentie's `grounds`), each choice on its own is checked, and the follow-ups
 * only that choice asks form its section, titled by the choice ("1. Medische gronden"), in
 * parts of at most SNELCHECK_SECTION_MAX. A follow-up that several choices ask (GV: minor
 * children, for grounds 3 and 6) stays in the common follow-up section: one input per fact.
 */
function followUpsByAnswer(
  rulebook: Rulebook,
  asOf: IsoDate,
  asked: ReadonlySet<string>,
  followUps: readonly string[],
): SnelcheckSection[] {
  const openers = new Map<string, { fact: string; value: string; title: Localized }[]>();
  for (const fact of rulebook.facts) {
    if (fact.answer !== "multi-choice" || !asked.has(fact.name)) continue;
    for (const choice of fact.choices ?? []) {
      const opened = evaluateRulebook(rulebook, { [fact.name]: [choice.value] }, asOf).missing;
      for (const name of new Set(opened))
        if (followUps.includes(name))
          openers.set(name, [
            ...(openers.get(name) ?? []),
            { fact: fact.name, value: choice.value, title: choice.label },
          ]);
    }
  }
  const byAnswer = new Map<string, { opener: { fact: string; value: string; title: Localized }; facts: string[] }>();
  for (const name of followUps) {
    const by = openers.get(name);
    if (by?.length !== 1) continue;
    const key = `${by[0]!.fact}=${by[0]!.value}`;
    byAnswer.set(key, { opener: by[0]!, facts: [...(byAnswer.get(key)?.facts ?? []), name] });
  }
  return [...byAnswer.values()].flatMap(({ opener, facts }) => {
    const parts = chunk(facts, SNELCHECK_SECTION_MAX);
    return parts.map((part, i) => ({
      id: parts.length === 1 ? `follow-up-${opener.value}` : `follow-up-${opener.value}-${i + 1}`,
      // The same title on every part: the card numbers the parts (`part`).
      title: opener.title,
      facts: part,
      followUp: true,
      checklist: false,
      openedBy: { fact: opener.fact, value: opener.value },
      ...(parts.length > 1 ? { part: { index: i + 1, of: parts.length } } : {}),
    }));
  });
}

/**
 * The snelcheck form in sections, from the check itself: first what the check asks of an
 * empty case (the questions a caseworker always fills in, in the rules' order, split into
 * parts of at most SNELCHECK_SECTION_MAX), each rulebook question group as one checklist
 * section, and the follow-ups (asked only after some answer, e.g. the eviction's reason)
 * last; a group of follow-ups only is a follow-up section itself. The card shows one
 * section at a time. Follow-ups a single choice opens (GV urgentie: per ground) are split
 * by that choice (followUpsByAnswer), before the follow-up checklists. Every fact appears
 * exactly once.
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
  const followUps = names.filter((n) => !asked.has(n) && !grouped.has(n));
  const perAnswer = followUpsByAnswer(rulebook, asOf, asked, followUps);
  const split = new Set(perAnswer.flatMap((s) => s.facts));
  const sections: SnelcheckSection[] = [
    ...coreParts.map((facts, i) => ({
      id: coreParts.length === 1 ? "core" : `core-${i + 1}`,
      title: t("Basisvragen", "Basic questions"),
      facts,
      followUp: false,
      checklist: false,
    })),
    ...groups.filter((g) => !g.followUp),
    ...perAnswer,
    ...groups.filter((g) => g.followUp),
    {
      id: "follow-up",
      title: t("Vervolgvragen (alleen als van toepassing)", "Follow-up questions (only if they apply)"),
      facts: followUps.filter((n) => !split.has(n)),
      followUp: true,
      checklist: false,
    },
  ];
  return sections.filter((s) => s.facts.length > 0);
}
