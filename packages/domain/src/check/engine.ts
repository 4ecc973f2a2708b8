import { z } from "zod";
import { DomainError, invalidInput } from "../common/domain-error.js";
import { isRealDate, type IsoDate } from "../common/iso-date.js";
import type { Localized } from "../common/localized.js";
import type { Rulebook } from "../rulebooks/rulebook.js";
import { rulebookHash } from "../rulebooks/rulebook-data.js";
import { ENGINE_VERSION } from "./engine-version.js";
import type { Evaluation, Facts, RuleDefinition } from "./rule.js";
import { fastParseFacts } from "./fast-facts.js";
import { CheckRequestSchema, type CheckRequest, type CheckResult, type Hint, type Reason } from "./schemas.js";
import { groupRank, type RuleStatus } from "./status.js";
import { resolveRulebook } from "../rulebooks/registry.js";

const statusWords: Record<RuleStatus, Localized> = {
  passed: { nl: "Voldaan", en: "Met" },
  failed: { nl: "Niet voldaan", en: "Not met" },
  unknown: { nl: "Nog onbekend", en: "Not known yet" },
  review: { nl: "Ter beoordeling", en: "For review" },
  not_applicable: { nl: "Niet van toepassing", en: "Not applicable" },
};

const factsSchemaCache = new WeakMap<Rulebook, z.ZodType<Record<string, unknown>>>();

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
      [
        {
          field: "facts.__proto__",
          message_nl: "Onbekend veld 'facts.__proto__'.",
          message_en: "Unknown field 'facts.__proto__'.",
        },
      ],
    );
  }
  const fast = fastParseFacts(rulebook, facts);
  if (fast) return fast;
  const parsed = factsSchemaOf(rulebook).safeParse(facts, { reportInput: true });
  if (!parsed.success) throw invalidInput(parsed.error, "facts");
  return parsed.data;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** CheckRequestSchema's answer for a plainly well-formed request; `undefined` lets zod decide (and explain). */
function fastParseRequest(request: unknown): CheckRequest | undefined {
  if (request === null || typeof request !== "object" || Object.getPrototypeOf(request) !== Object.prototype)
    return undefined;
  for (const key in request) if (key !== "rulebook" && key !== "asOf" && key !== "facts") return undefined;
  const { rulebook, asOf, facts } = request as Record<string, unknown>;
  if (typeof rulebook !== "string" || rulebook.length === 0 || facts === undefined) return undefined;
  if (typeof asOf !== "string" || !ISO_DATE.test(asOf) || !isRealDate(asOf)) return undefined;
  return { rulebook, asOf, facts };
}

// Requests name a handful of (rulebook, date) pairs; remembering them keeps the registry scan off the hot path.
const resolvedRulebooks = new Map<string, Map<IsoDate, Rulebook>>();

function rulebookFor(id: string, asOf: IsoDate): Rulebook {
  let byDate = resolvedRulebooks.get(id);
  let rulebook = byDate?.get(asOf);
  if (!rulebook) {
    rulebook = resolveRulebook(id, asOf);
    if (!byDate || byDate.size >= 4096) resolvedRulebooks.set(id, (byDate = new Map()));
    byDate.set(asOf, rulebook);
  }
  return rulebook;
}

/** Parses a check request (facts.md) and evaluates it. Throws DomainError on bad input. */
export function check(request: unknown): CheckResult {
  let parsed = fastParseRequest(request);
  if (!parsed) {
    const result = CheckRequestSchema.safeParse(request, { reportInput: true });
    if (!result.success) throw invalidInput(result.error);
    parsed = result.data;
  }
  const rulebook = rulebookFor(parsed.rulebook, parsed.asOf);
  // parseFacts answers a new object that nobody else holds: the receipt may keep it as it is.
  return evaluate(rulebook, parseFacts(rulebook, parsed.facts), parsed.asOf, true);
}

/**
 * One rule as the engine walks it, computed once. Every step has the same fields, so the hot
 * loops read them monomorphically: the rule objects themselves come in many shapes (helpers
 * spread their specs), and reading code, kind, group and evaluate off them was a megamorphic
 * property lookup each, a tenth of a check.
 */
interface Step {
  rule: RuleDefinition;
  code: string;
  article: string;
  /** For a member of an alternatives group: the group's code (members count through their group). */
  group: string | undefined;
  isGroup: boolean;
  informational: boolean;
  voorstel: boolean;
  /** Which of a reason's optional keys this rule's reasons carry: 1 group, 2 informational, 4 voorstel. */
  extras: number;
  evaluate: RuleDefinition["evaluate"];
  /** For a group: the indices of its members; empty otherwise. */
  members: readonly number[];
  texts: ReasonTexts;
}

/** What the engine needs of a rulebook on every check, computed once (rulebooks never change at run time). */
interface RulebookPlan {
  steps: readonly Step[];
  groupIndices: readonly number[];
}

interface ReasonTexts {
  /** "<word>: <title>" per status, the common case (no explanation, no decider). */
  plain: Record<RuleStatus, { nl: string; en: string }>;
  /** A review's " Wie beslist: ... Advies: ..." part, and whether the explanation before it ends as a sentence. */
  review: { close: boolean; nl: string; en: string };
  /**
   * The last explained text of this rule, with the status and the explanation object it came
   * from: many explanations are constant objects (a ground that was not claimed, a met ground),
   * so the text is only rebuilt when either changes. By object identity, not by the words: a
   * freshly built explanation would have to be flattened to be compared, which costs more than
   * building its text. Strings are immutable, so results may share them.
   */
  last: { status: RuleStatus | undefined; explanation: Localized | undefined; text: { nl: string; en: string } };
}

const planCache = new WeakMap<Rulebook, RulebookPlan>();

function planOf(rulebook: Rulebook): RulebookPlan {
  let plan = planCache.get(rulebook);
  if (!plan) {
    const rules = rulebook.rules;
    const steps = rules.map((rule): Step => {
      const plain = {} as Record<RuleStatus, { nl: string; en: string }>;
      for (const status of Object.keys(statusWords) as RuleStatus[])
        plain[status] = reasonText(rule, status, undefined);
      return {
        rule,
        code: rule.code,
        article: rule.article,
        group: rule.group ? rule.group : undefined,
        isGroup: rule.kind === "group",
        informational: rule.kind === "informational",
        voorstel: rule.status === "voorstel",
        extras: (rule.group ? 1 : 0) | (rule.kind === "informational" ? 2 : 0) | (rule.status === "voorstel" ? 4 : 0),
        evaluate: rule.evaluate,
        members:
          rule.kind === "group" ? rules.flatMap((member, index) => (member.group === rule.code ? [index] : [])) : [],
        texts: {
          plain,
          review: reviewPart(rule),
          last: { status: undefined, explanation: undefined, text: plain.passed },
        },
      };
    });
    const groupIndices = rules.flatMap((rule, index) => (rule.kind === "group" ? [index] : []));
    plan = { steps, groupIndices };
    planCache.set(rulebook, plan);
  }
  return plan;
}

/** Evaluates already-parsed facts. Pure: same rulebook, facts and date give the same result. */
export function evaluateRulebook(rulebook: Rulebook, facts: Facts, asOf: IsoDate): CheckResult {
  return evaluate(rulebook, facts, asOf, false);
}

/**
 * `ownFacts`: the facts object is the engine's own (just parsed), so the receipt takes it without
 * a copy. A spread of a request's facts was the largest single cost of a check: its call site
 * sees every rulebook's facts, and an object of many computed keys is a dictionary to V8.
 */
function evaluate(rulebook: Rulebook, facts: Facts, asOf: IsoDate, ownFacts: boolean): CheckResult {
  const context = { asOf, parameters: rulebook.parameters };
  const plan = planOf(rulebook);
  const steps = plan.steps;
  const count = steps.length;
  const evaluations: Evaluation[] = new Array(count);
  for (let i = 0; i < count; i++) {
    const step = steps[i]!;
    if (step.isGroup) continue;
    if (!step.evaluate) throw new Error(`rule ${step.code} has no evaluate function`);
    evaluations[i] = step.evaluate(facts, context);
  }
  for (const i of plan.groupIndices) {
    const members = steps[i]!.members;
    // groupStatusOf (status.ts), without collecting the statuses first.
    let status: RuleStatus = "failed";
    for (const m of members) {
      const memberStatus = evaluations[m]!.status;
      if (rankOf(memberStatus) > rankOf(status)) status = memberStatus;
    }
    const need: string[] = [];
    const hints: Localized[] = [];
    for (const m of members) {
      const e = evaluations[m]!;
      if (status === "unknown" && e.status === "unknown" && e.need) need.push(...e.need);
      if (e.hints) hints.push(...e.hints);
    }
    // The rule helpers' shape (rule-helpers.ts), so the loop below reads one shape.
    evaluations[i] = { status, need, explanation: undefined, hints };
  }

  const reasons: Reason[] = new Array(count);
  let missing: string[] | undefined;
  let informationalMissing: string[] | undefined;
  const hints: Hint[] = [];
  let hintTexts: Set<string> | undefined;
  let anyFailed = false;
  let anyReview = false;
  let anyUnknown = false;
  for (let i = 0; i < count; i++) {
    const step = steps[i]!;
    const evaluation = evaluations[i]!;
    const status = evaluation.status;
    const need = evaluation.need;
    const ruleHints = evaluation.hints;
    reasons[i] = reasonOf(step, status, evaluation.explanation);
    if (ruleHints && ruleHints.length > 0) {
      hintTexts ??= new Set();
      for (const hint of ruleHints) {
        if (hintTexts.has(hint.nl)) continue;
        hintTexts.add(hint.nl);
        hints.push({ text_nl: hint.nl, text_en: hint.en });
      }
    }
    if (step.group) continue; // members count through their group (facts.md)
    if (step.informational) {
      if (status === "unknown" && need) (informationalMissing ??= []).push(...need);
      continue;
    }
    if (status === "failed") anyFailed = true;
    else if (status === "review") anyReview = true;
    else if (status === "unknown") {
      anyUnknown = true;
      if (need) (missing ??= []).push(...need);
    }
  }
  // Informational facts (e.g. children as a priority flag) are asked last: they never decide.
  const orderedMissing =
    missing || informationalMissing ? [...new Set([...(missing ?? []), ...(informationalMissing ?? [])])] : [];
  // outcomeOf (status.ts), without collecting the statuses first.
  const outcome = anyFailed ? "not_eligible" : anyReview ? "needs_review" : anyUnknown ? "needs_info" : "eligible";
  // What an aanmelding brings with it (KW: collection suspended) once eligible; a remaining route on a refusal.
  const outcomeHints =
    outcome === "eligible" ? rulebook.eligibleHints : outcome === "not_eligible" ? rulebook.refusalHints : undefined;
  if (outcomeHints && outcomeHints.length > 0) {
    hintTexts ??= new Set();
    for (const hint of outcomeHints) {
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
      facts: ownFacts ? (facts as Record<string, unknown>) : { ...facts },
    },
  };
}

/**
 * "Niet voldaan: de huurder ...": lower case after the colon. Explanations are written that way;
 * a title starts with a capital, so its first letter is lowered unless the first word is a name
 * or an abbreviation (a capital inside it, e.g. "WoonInvest", or one of the few names below).
 */
const NAMES =
  /^(LIMOR|Vidomes|Stichting|Woonnet|WoningNet|Leidschendam|Krimpenerwaard|Gooi|Meldpunt|Wmo|Wlz|TBS|Jeugdwet)\b/;
function lowerFirst(text: string): string {
  const first = text.split(/[\s,;:()]/, 1)[0] ?? "";
  if (NAMES.test(text) || /[A-Z]/.test(first.slice(1))) return text;
  return text.charAt(0).toLowerCase() + text.slice(1);
}

/** Ends the text with a full stop unless it ends with . ! or ? (as /[.!?]$/ did, without the regex per reason). */
function sentence(text: string): string {
  const last = text.charCodeAt(text.length - 1);
  return last === 46 || last === 33 || last === 63 ? text : `${text}.`;
}

/** Who decides and who advises, as a review's reason ends; computed once per rule (planOf). */
function reviewPart(rule: RuleDefinition): ReasonTexts["review"] {
  const decider = rule.decidedBy;
  const adviser = rule.advisedBy;
  return {
    close: Boolean(decider || adviser),
    nl: `${decider ? ` Wie beslist: ${sentence(decider.nl)}` : ""}${adviser ? ` Advies: ${sentence(adviser.nl)}` : ""}`,
    en: `${decider ? ` Decided by: ${sentence(decider.en)}` : ""}${adviser ? ` Advice: ${sentence(adviser.en)}` : ""}`,
  };
}

/**
 * "<word>: <explanation or title>", for a review closed as a sentence and followed by who decides
 * and who advises. No closure here: tsx (the bench, the dev server) wraps each closure it creates
 * in a keepNames __name call, which was a quarter of a check.
 */
function reasonText(
  rule: RuleDefinition,
  status: RuleStatus,
  explanation: Localized | undefined,
  review: ReasonTexts["review"] = reviewPart(rule),
): { nl: string; en: string } {
  const word = statusWords[status];
  const whatNl = explanation ? explanation.nl : lowerFirst(rule.title.nl);
  const whatEn = explanation ? explanation.en : lowerFirst(rule.title.en);
  if (status !== "review") return { nl: `${word.nl}: ${whatNl}`, en: `${word.en}: ${whatEn}` };
  return {
    nl: `${word.nl}: ${review.close ? sentence(whatNl) : whatNl}${review.nl}`,
    en: `${word.en}: ${review.close ? sentence(whatEn) : whatEn}${review.en}`,
  };
}

/**
 * groupRank[status] and plain[status] (status.ts) without a keyed lookup: those sites see every
 * status name, so their inline caches went megamorphic; a switch compares interned strings.
 */
function rankOf(status: RuleStatus): number {
  switch (status) {
    case "passed":
      return groupRank.passed;
    case "review":
      return groupRank.review;
    case "unknown":
      return groupRank.unknown;
    case "failed":
      return groupRank.failed;
    case "not_applicable":
      return groupRank.not_applicable;
    default:
      return -1; // as groupRank's undefined: never the best
  }
}

function plainText(plain: ReasonTexts["plain"], status: RuleStatus): { nl: string; en: string } {
  switch (status) {
    case "passed":
      return plain.passed;
    case "failed":
      return plain.failed;
    case "unknown":
      return plain.unknown;
    case "review":
      return plain.review;
    case "not_applicable":
      return plain.not_applicable;
    default:
      return plain[status];
  }
}

function reasonOf(step: Step, status: RuleStatus, explanation: Localized | undefined): Reason {
  const texts = step.texts;
  let text = plainText(texts.plain, status);
  if (explanation) {
    const last = texts.last;
    if (last.explanation === explanation && last.status === status) text = last.text;
    else {
      text = reasonText(step.rule, status, explanation, texts.review);
      last.status = status;
      last.explanation = explanation;
      last.text = text;
    }
  }
  const { code, article, group } = step;
  const text_nl = text.nl;
  const text_en = text.en;
  // The keys in the order the reason has always had them, each combination one literal: adding
  // group and voorstel one by one cost a map transition and a property store allocation each.
  switch (step.extras) {
    case 0:
      return { code, article, status, text_nl, text_en };
    case 1:
      return { code, article, status, text_nl, text_en, group };
    case 2:
      return { code, article, status, text_nl, text_en, informational: true };
    case 3:
      return { code, article, status, text_nl, text_en, group, informational: true };
    case 4:
      return { code, article, status, text_nl, text_en, voorstel: true };
    case 5:
      return { code, article, status, text_nl, text_en, group, voorstel: true };
    case 6:
      return { code, article, status, text_nl, text_en, informational: true, voorstel: true };
    default:
      return { code, article, status, text_nl, text_en, group, informational: true, voorstel: true };
  }
}

export { DomainError };
