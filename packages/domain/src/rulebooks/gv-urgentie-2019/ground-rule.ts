import type { Localized } from "../../common/localized.js";
import type { Evaluation, RuleDefinition } from "../../check/rule.js";
import { failed, notApplicable, passed, review, unknown } from "../../check/rule-helpers.js";
import type { UrgentieGround } from "./facts.js";

export const GROUND_GROUP = "GV.URG.GROND";

/** One requirement of a ground: the fact and when its value fails (facts.md "fails: X"). */
export interface GroundCondition {
  fact: string;
  fails: (value: unknown) => boolean;
  whenFailed: Localized;
}

export interface GroundSpec {
  code: string;
  ground: UrgentieGround;
  article: string;
  title: Localized;
  conditions: readonly GroundCondition[];
  /** "review": a human body decides even when every condition holds (grounds 1, 7, 9). */
  whenMet: { status: "passed" | "review"; explanation: Localized };
  decidedBy?: Localized;
  advisedBy?: Localized;
  /**
   * "review": a shortfall is not a refusal because a human body decides on the conditions too
   * (ground 9: "zowel t.a.v. de voorwaarden als t.a.v. de termijnbepaling ... besluit de
   * regionale urgentiecommissie"). Default "failed".
   */
  shortfall?: "failed" | "review";
  /** The route or next step once the ground is claimed and met (e.g. who applies). */
  hintWhenMet?: Localized;
}

/**
 * A ground is a member of GV.URG.GROND: not claimed -> not_applicable; any known condition
 * failing -> failed; otherwise the absent facts are missing; all met -> passed or review.
 */
const needGrounds = ["grounds"];
const notClaimed = { nl: "deze grond is niet aangevraagd", en: "this ground was not claimed" };

/** At most 31 conditions per ground: their sets are bit masks. */
export function groundRule(spec: GroundSpec): RuleDefinition {
  if (spec.conditions.length > 31) throw new Error(`ground ${spec.code} has more than 31 conditions`);
  const { conditions, whenMet } = spec;
  // Built once: every check evaluates every ground, and most grounds are not claimed.
  const hintsWhenMet = spec.hintWhenMet ? [spec.hintWhenMet] : undefined;
  // Per set of failing (or absent) conditions, bit c for conditions[c]: the explanation and the
  // need list, built the first time that set occurs (a ground has a handful of conditions).
  const shortfalls = new Map<number, Localized>();
  const needs = new Map<number, readonly string[]>();
  const shortfallOf = (mask: number): Localized => {
    let why = shortfalls.get(mask);
    if (!why) {
      const failing = conditions.filter((_, c) => (mask & (1 << c)) !== 0);
      const nl = failing.map((c) => c.whenFailed.nl).join("; ");
      const en = failing.map((c) => c.whenFailed.en).join("; ");
      why =
        spec.shortfall === "review"
          ? {
              nl: `${nl}; over de voorwaarden en de termijn beslist de urgentiecommissie, dus dit is geen afwijzing`,
              en: `${en}; the urgentie committee decides on the conditions and the term, so this is no refusal`,
            }
          : { nl, en };
      shortfalls.set(mask, why);
    }
    return why;
  };
  const needOf = (mask: number): readonly string[] => {
    let need = needs.get(mask);
    if (!need) {
      need = conditions.filter((_, c) => (mask & (1 << c)) !== 0).map((c) => c.fact);
      needs.set(mask, need);
    }
    return need;
  };
  return {
    code: spec.code,
    article: spec.article,
    title: spec.title,
    group: GROUND_GROUP,
    facts: ["grounds", ...conditions.map((c) => c.fact)],
    statuses: [...new Set([whenMet.status, spec.shortfall ?? "failed", "unknown", "not_applicable"] as const)],
    ...(spec.decidedBy ? { decidedBy: spec.decidedBy } : {}),
    ...(spec.advisedBy ? { advisedBy: spec.advisedBy } : {}),
    evaluate: (facts): Evaluation => {
      const grounds = facts["grounds"] as readonly string[] | undefined;
      if (grounds === undefined) return unknown(needGrounds);
      if (!grounds.includes(spec.ground)) return notApplicable(notClaimed);
      let failing = 0;
      let absent = 0;
      for (let c = 0; c < conditions.length; c++) {
        const condition = conditions[c]!;
        const value = facts[condition.fact];
        if (value === undefined) absent |= 1 << c;
        else if (condition.fails(value)) failing |= 1 << c;
      }
      if (failing !== 0)
        return spec.shortfall === "review" ? review(shortfallOf(failing)) : failed(shortfallOf(failing));
      if (absent !== 0) return unknown(needOf(absent));
      return whenMet.status === "review"
        ? review(whenMet.explanation, hintsWhenMet)
        : passed(whenMet.explanation, hintsWhenMet);
    },
  };
}

export const isFalse = (value: unknown) => value === false;
export const isTrue = (value: unknown) => value === true;
export const below = (limit: number) => (value: unknown) => typeof value === "number" && value < limit;
