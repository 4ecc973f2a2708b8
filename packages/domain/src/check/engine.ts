import { z } from "zod";
import { DomainError, invalidInput } from "../common/domain-error.js";
import type { IsoDate } from "../common/iso-date.js";
import type { Localized } from "../common/localized.js";
import type { Rulebook } from "../rulebooks/rulebook.js";
import { rulebookHash } from "../rulebooks/rulebook-data.js";
import { ENGINE_VERSION } from "./engine-version.js";
import type { Evaluation, Facts, RuleDefinition } from "./rule.js";
import { CheckRequestSchema, type CheckResult, type Hint, type Reason } from "./schemas.js";
import { groupStatusOf, outcomeOf, type RuleStatus } from "./status.js";
import { resolveRulebook } from "../rulebooks/registry.js";

const statusWords: Record<RuleStatus, Localized> = {
  passed: { nl: "Voldaan", en: "Met" },
  failed: { nl: "Niet voldaan", en: "Not met" },
  unknown: { nl: "Nog onbekend", en: "Not known yet" },
  review: { nl: "Ter beoordeling", en: "For review" },
  not_applicable: { nl: "Niet van toepassing", en: "Not applicable" },
};

const factsSchemaCache = new WeakMap<Rulebook, z.ZodType<Record<string, unknown>>>();
const groupMembersCache = new WeakMap<Rulebook, Map<string, RuleDefinition[]>>();

/** Members of each alternatives group, computed once per rulebook (checks run often). */
function groupMembersOf(rulebook: Rulebook): Map<string, RuleDefinition[]> {
  let groups = groupMembersCache.get(rulebook);
  if (!groups) {
    groups = new Map();
    for (const rule of rulebook.rules) {
      if (rule.group) groups.set(rule.group, [...(groups.get(rule.group) ?? []), rule]);
    }
    groupMembersCache.set(rulebook, groups);
  }
  return groups;
}

/** A strict object of the rulebook's facts, all optional: an absent fact is unknown. */
export function factsSchemaOf(rulebook: Rulebook): z.ZodType<Record<string, unknown>> {
  let schema = factsSchemaCache.get(rulebook);
  if (!schema) {
    const shape: Record<string, z.ZodType> = {};
    for (const fact of rulebook.facts) shape[fact.name] = fact.schema.optional();
    schema = z.strictObject(shape) as unknown as z.ZodType<Record<string, unknown>>;
    factsSchemaCache.set(rulebook, schema);
  }
  return schema;
}

export function parseFacts(rulebook: Rulebook, facts: unknown): Record<string, unknown> {
  // JSON.parse makes "__proto__" an own key, which zod passes over silently: refuse it like any unknown fact.
  if (facts !== null && typeof facts === "object" && Object.prototype.hasOwnProperty.call(facts, "__proto__")) {
    throw new DomainError(
      "invalid_input",
      "Ongeldige invoer (facts.__proto__): Onbekend veld 'facts.__proto__': dit gegeven kent deze regeling niet.",
      "Invalid input (facts.__proto__): Unknown field 'facts.__proto__': this rulebook does not know this fact.",
      [{ field: "facts.__proto__", message_nl: "Onbekend veld 'facts.__proto__'.", message_en: "Unknown field 'facts.__proto__'." }],
    );
  }
  const parsed = factsSchemaOf(rulebook).safeParse(facts, { reportInput: true });
  if (!parsed.success) throw invalidInput(parsed.error, "facts");
  return parsed.data;
}

/** Parses a check request (facts.md) and evaluates it. Throws DomainError on bad input. */
export function check(request: unknown): CheckResult {
  const parsed = CheckRequestSchema.safeParse(request, { reportInput: true });
  if (!parsed.success) throw invalidInput(parsed.error);
  const rulebook = resolveRulebook(parsed.data.rulebook, parsed.data.asOf);
  return evaluateRulebook(rulebook, parseFacts(rulebook, parsed.data.facts), parsed.data.asOf);
}

/** Evaluates already-parsed facts. Pure: same rulebook, facts and date give the same result. */
export function evaluateRulebook(rulebook: Rulebook, facts: Facts, asOf: IsoDate): CheckResult {
  const context = { asOf, parameters: rulebook.parameters };
  const evaluations = new Map<string, Evaluation>();
  for (const rule of rulebook.rules) {
    if (rule.kind === "group") continue;
    if (!rule.evaluate) throw new Error(`rule ${rule.code} has no evaluate function`);
    evaluations.set(rule.code, rule.evaluate(facts, context));
  }
  for (const rule of rulebook.rules) {
    if (rule.kind !== "group") continue;
    const members = groupMembersOf(rulebook).get(rule.code) ?? [];
    const status = groupStatusOf(members.map((m) => evaluations.get(m.code)!.status));
    const need =
      status === "unknown"
        ? members.flatMap((m) => {
            const e = evaluations.get(m.code)!;
            return e.status === "unknown" ? (e.need ?? []) : [];
          })
        : [];
    const hints = members.flatMap((m) => evaluations.get(m.code)!.hints ?? []);
    evaluations.set(rule.code, { status, need, hints });
  }

  const reasons: Reason[] = [];
  const missing: string[] = [];
  const informationalMissing: string[] = [];
  const hints: Hint[] = [];
  const hintTexts = new Set<string>();
  const counted: RuleStatus[] = [];
  for (const rule of rulebook.rules) {
    const evaluation = evaluations.get(rule.code)!;
    reasons.push(reasonOf(rule, evaluation));
    for (const hint of evaluation.hints ?? []) {
      if (hintTexts.has(hint.nl)) continue;
      hintTexts.add(hint.nl);
      hints.push({ text_nl: hint.nl, text_en: hint.en });
    }
    if (rule.group) continue; // members count through their group (facts.md)
    if (rule.kind === "informational") {
      if (evaluation.status === "unknown") informationalMissing.push(...(evaluation.need ?? []));
      continue;
    }
    counted.push(evaluation.status);
    if (evaluation.status === "unknown") missing.push(...(evaluation.need ?? []));
  }
  // Informational facts (e.g. children as a priority flag) are asked last: they never decide.
  const orderedMissing = [...new Set([...missing, ...informationalMissing])];
  const outcome = outcomeOf(counted);
  // What an aanmelding brings with it (KW: collection suspended) once eligible; a remaining route on a refusal.
  const outcomeHints = outcome === "eligible" ? rulebook.eligibleHints : outcome === "not_eligible" ? rulebook.refusalHints : undefined;
  {
    for (const hint of outcomeHints ?? []) {
      if (hintTexts.has(hint.nl)) continue;
      hintTexts.add(hint.nl);
      hints.push({ text_nl: hint.nl, text_en: hint.en });
    }
  }

  return {
    rulebook: rulebook.id,
    asOf,
    outcome,
    reasons,
    missing: orderedMissing,
    hints,
    receipt: {
      rulebookVersion: rulebook.version,
      rulebookHash: rulebookHash(rulebook),
      engineVersion: ENGINE_VERSION,
      facts: { ...facts },
    },
  };
}

/**
 * "Niet voldaan: de huurder ...": lower case after the colon. Explanations are written that way;
 * a title starts with a capital, so its first letter is lowered unless the first word is a name
 * or an abbreviation (a capital inside it, e.g. "WoonInvest", or one of the few names below).
 */
const NAMES = /^(LIMOR|Vidomes|Stichting|Woonnet|WoningNet|Leidschendam|Krimpenerwaard|Gooi|Meldpunt|Wmo|Wlz|TBS|Jeugdwet)\b/;
function lowerFirst(text: string): string {
  const first = text.split(/[\s,;:()]/, 1)[0] ?? "";
  if (NAMES.test(text) || /[A-Z]/.test(first.slice(1))) return text;
  return text.charAt(0).toLowerCase() + text.slice(1);
}

function reasonOf(rule: RuleDefinition, evaluation: Evaluation): Reason {
  const word = statusWords[evaluation.status];
  const inReview = evaluation.status === "review";
  const decider = inReview && rule.decidedBy ? rule.decidedBy : undefined;
  const adviser = inReview && rule.advisedBy ? rule.advisedBy : undefined;
  const what = evaluation.explanation ?? { nl: lowerFirst(rule.title.nl), en: lowerFirst(rule.title.en) };
  const sentence = (text: string) => (/[.!?]$/.test(text) ? text : `${text}.`);
  const close = (text: string) => (decider || adviser ? sentence(text) : text);
  const text_nl = `${word.nl}: ${close(what.nl)}${decider ? ` Wie beslist: ${sentence(decider.nl)}` : ""}${adviser ? ` Advies: ${sentence(adviser.nl)}` : ""}`;
  const text_en = `${word.en}: ${close(what.en)}${decider ? ` Decided by: ${sentence(decider.en)}` : ""}${adviser ? ` Advice: ${sentence(adviser.en)}` : ""}`;
  return {
    code: rule.code,
    article: rule.article,
    status: evaluation.status,
    text_nl,
    text_en,
    ...(rule.group ? { group: rule.group } : {}),
    ...(rule.kind === "informational" ? { informational: true as const } : {}),
    ...(rule.status === "voorstel" ? { voorstel: true as const } : {}),
  };
}

export { DomainError };
