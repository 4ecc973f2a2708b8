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

export function groundRule(spec: GroundSpec): RuleDefinition {
  const { conditions, whenMet } = spec;
  // Built once: every check evaluates every ground, and most grounds are not claimed.
  const hintsWhenMet = spec.hintWhenMet ? [spec.hintWhenMet] : undefined;
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
      const failing = conditions.filter((c) => facts[c.fact] !== undefined && c.fails(facts[c.fact]));
      if (failing.length > 0) {
        const why = {
          nl: failing.map((c) => c.whenFailed.nl).join("; "),
          en: failing.map((c) => c.whenFailed.en).join("; "),
        };
        if (spec.shortfall === "review")
          return review({
            nl: `${why.nl}; over de voorwaarden en de termijn beslist de urgentiecommissie, dus dit is geen afwijzing`,
            en: `${why.en}; the urgentie committee decides on the conditions and the term, so this is no refusal`,
          });
        return failed(why);
      }
      const absent = conditions.filter((c) => facts[c.fact] === undefined).map((c) => c.fact);
      if (absent.length > 0) return unknown(absent);
      return whenMet.status === "review"
        ? review(whenMet.explanation, hintsWhenMet)
        : passed(whenMet.explanation, hintsWhenMet);
    },
  };
}

export const isFalse = (value: unknown) => value === false;
export const isTrue = (value: unknown) => value === true;
export const below = (limit: number) => (value: unknown) => typeof value === "number" && value < limit;
