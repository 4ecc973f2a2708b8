// The fast paths (fast-facts.ts, the precomputed plan in engine.ts) must not change a single answer:
// every check is compared with the plain zod-and-map engine the project had before them.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { invalidInput, isDomainError } from "../common/domain-error.js";
import type { IsoDate } from "../common/iso-date.js";
import type { Rulebook } from "../rulebooks/rulebook.js";
import { rulebookHash } from "../rulebooks/rulebook-data.js";
import { listRulebooks, resolveRulebook } from "../rulebooks/registry.js";
import { junkFacts, validFacts } from "../testing/arbitraries.js";
import { check, factsSchemaOf, parseFacts } from "./engine.js";
import { ENGINE_VERSION } from "./engine-version.js";
import type { Evaluation, Facts, RuleDefinition } from "./rule.js";
import { CheckRequestSchema, type CheckResult, type Reason } from "./schemas.js";
import { groupStatusOf, outcomeOf, type RuleStatus } from "./status.js";

const words: Record<RuleStatus, { nl: string; en: string }> = {
  passed: { nl: "Voldaan", en: "Met" },
  failed: { nl: "Niet voldaan", en: "Not met" },
  unknown: { nl: "Nog onbekend", en: "Not known yet" },
  review: { nl: "Ter beoordeling", en: "For review" },
  not_applicable: { nl: "Niet van toepassing", en: "Not applicable" },
};

/** The engine without the fast paths (main's plain zod-and-map version), kept here as the reference. */
function referenceEvaluate(rulebook: Rulebook, facts: Facts, asOf: IsoDate): CheckResult {
  const context = { asOf, parameters: rulebook.parameters };
  const evaluations = new Map<string, Evaluation>();
  for (const rule of rulebook.rules)
    if (rule.kind !== "group") evaluations.set(rule.code, rule.evaluate!(facts, context));
  for (const rule of rulebook.rules) {
    if (rule.kind !== "group") continue;
    const members = rulebook.rules.filter((r) => r.group === rule.code);
    const status = groupStatusOf(members.map((m) => evaluations.get(m.code)!.status));
    const need =
      status === "unknown"
        ? members.flatMap((m) => {
            const e = evaluations.get(m.code)!;
            return e.status === "unknown" ? (e.need ?? []) : [];
          })
        : [];
    evaluations.set(rule.code, { status, need, hints: members.flatMap((m) => evaluations.get(m.code)!.hints ?? []) });
  }
  const reasons: Reason[] = [];
  const missing: string[] = [];
  const informationalMissing: string[] = [];
  const hints: { text_nl: string; text_en: string }[] = [];
  const hintTexts = new Set<string>();
  const counted: RuleStatus[] = [];
  for (const rule of rulebook.rules) {
    const evaluation = evaluations.get(rule.code)!;
    reasons.push(referenceReason(rule, evaluation));
    for (const hint of evaluation.hints ?? []) {
      if (hintTexts.has(hint.nl)) continue;
      hintTexts.add(hint.nl);
      hints.push({ text_nl: hint.nl, text_en: hint.en });
    }
    if (rule.group) continue;
    if (rule.kind === "informational") {
      if (evaluation.status === "unknown") informationalMissing.push(...(evaluation.need ?? []));
      continue;
    }
    counted.push(evaluation.status);
    if (evaluation.status === "unknown") missing.push(...(evaluation.need ?? []));
  }
  const outcome = outcomeOf(counted);
  const outcomeHints =
    outcome === "eligible" ? rulebook.eligibleHints : outcome === "not_eligible" ? rulebook.refusalHints : undefined;
  for (const hint of outcomeHints ?? []) {
    if (hintTexts.has(hint.nl)) continue;
    hintTexts.add(hint.nl);
    hints.push({ text_nl: hint.nl, text_en: hint.en });
  }
  return {
    rulebook: rulebook.id,
    asOf,
    outcome,
    reasons,
    missing: [...new Set([...missing, ...informationalMissing])],
    hints,
    receipt: {
      rulebookVersion: rulebook.version,
      rulebookHash: rulebookHash(rulebook),
      engineVersion: ENGINE_VERSION,
      facts: { ...facts },
    },
  };
}

const NAMES =
  /^(LIMOR|Vidomes|Stichting|Woonnet|WoningNet|Leidschendam|Krimpenerwaard|Gooi|Meldpunt|Wmo|Wlz|TBS|Jeugdwet)\b/;
function lowerFirst(text: string): string {
  const first = text.split(/[\s,;:()]/, 1)[0] ?? "";
  if (NAMES.test(text) || /[A-Z]/.test(first.slice(1))) return text;
  return text.charAt(0).toLowerCase() + text.slice(1);
}

function referenceReason(rule: RuleDefinition, evaluation: Evaluation): Reason {
  const word = words[evaluation.status];
  const inReview = evaluation.status === "review";
  const decider = inReview && rule.decidedBy ? rule.decidedBy : undefined;
  const adviser = inReview && rule.advisedBy ? rule.advisedBy : undefined;
  const what = evaluation.explanation ?? { nl: lowerFirst(rule.title.nl), en: lowerFirst(rule.title.en) };
  const sentence = (text: string) => (/[.!?]$/.test(text) ? text : `${text}.`);
  const close = (text: string) => (decider || adviser ? sentence(text) : text);
  return {
    code: rule.code,
    article: rule.article,
    status: evaluation.status,
    text_nl: `${word.nl}: ${close(what.nl)}${decider ? ` Wie beslist: ${sentence(decider.nl)}` : ""}${adviser ? ` Advies: ${sentence(adviser.nl)}` : ""}`,
    text_en: `${word.en}: ${close(what.en)}${decider ? ` Decided by: ${sentence(decider.en)}` : ""}${adviser ? ` Advice: ${sentence(adviser.en)}` : ""}`,
    ...(rule.group ? { group: rule.group } : {}),
    ...(rule.kind === "informational" ? { informational: true as const } : {}),
    ...(rule.status === "voorstel" ? { voorstel: true as const } : {}),
  };
}

function referenceCheck(request: unknown): CheckResult {
  const parsed = CheckRequestSchema.safeParse(request, { reportInput: true });
  if (!parsed.success) throw invalidInput(parsed.error);
  const rulebook = resolveRulebook(parsed.data.rulebook, parsed.data.asOf);
  const facts = factsSchemaOf(rulebook).safeParse(parsed.data.facts, { reportInput: true });
  if (!facts.success) throw invalidInput(facts.error, "facts");
  return referenceEvaluate(rulebook, facts.data, parsed.data.asOf);
}

/** The answer or the error, as JSON (key order included: receipts and API bodies are JSON). */
function outcome(run: () => unknown): string {
  try {
    return JSON.stringify(run());
  } catch (error) {
    if (!isDomainError(error)) throw error;
    return `error ${JSON.stringify(error.toJSON())}`;
  }
}

describe.each(listRulebooks().map((r) => [`${r.id}@${r.version}`, r] as const))(
  "the fast engine answers as the reference for %s",
  (_id, rulebook) => {
    const asOf = rulebook.validity.from;

    it("valid facts: same result, same key order", () => {
      fc.assert(
        fc.property(validFacts(rulebook), (facts) => {
          const request = { rulebook: rulebook.id, asOf, facts };
          expect(outcome(() => check(request))).toBe(outcome(() => referenceCheck(request)));
        }),
        { numRuns: 300 },
      );
    });

    it("junk facts, junk dates and junk requests: the same result or the same error", () => {
      fc.assert(
        fc.property(
          junkFacts(rulebook),
          fc.constantFrom(asOf, "2019-02-30", "2019-1-01", "", "2024-02-29"),
          (facts, date) => {
            for (const request of [
              { rulebook: rulebook.id, asOf: date, facts },
              { rulebook: rulebook.id, asOf, facts, extra: 1 },
              { rulebook: rulebook.id, asOf },
              { rulebook: "", asOf, facts },
              facts,
            ]) {
              expect(outcome(() => check(request))).toBe(outcome(() => referenceCheck(request)));
            }
          },
        ),
        { numRuns: 200 },
      );
    });

    it("parseFacts gives zod's own output for edge values", () => {
      const edge: unknown[] = [
        Infinity,
        -Infinity,
        NaN,
        -0,
        2 ** 60,
        1.5,
        -1,
        "ja",
        "",
        "  x  ",
        null,
        [],
        [null],
        {},
        undefined,
      ];
      for (const fact of rulebook.facts) {
        for (const value of edge) {
          const facts = { [fact.name]: value };
          const zod = factsSchemaOf(rulebook).safeParse(facts);
          const expected = zod.success ? JSON.stringify(zod.data) : "refused";
          let actual: string;
          try {
            actual = JSON.stringify(parseFacts(rulebook, facts));
          } catch {
            actual = "refused";
          }
          expect(actual, `${fact.name} = ${String(value)}`).toBe(expected);
        }
      }
    });
  },
);
