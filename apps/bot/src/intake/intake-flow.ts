import { randomUUID } from "node:crypto";
import {
  DomainError,
  deadlinesFrom,
  isValidOn,
  lastValidDay,
  mayNominate,
  nextQuestions,
  questionFor,
  questionGroupFor,
  resolveRulebook,
  rulebooksToNominateUnder,
  type CheckResult,
  type IsoDate,
  type Language,
  type Rulebook,
  type SupportProposal,
} from "@convenantbot/domain";
import {
  answerLabel,
  checkResultCard,
  intakeSummaryCard,
  msg,
  notEligibleActions,
  parseAnswer,
  parseChecklist,
  questionCard,
  rulebookChoiceCard,
  VERBS,
  type AdaptiveCard,
  type AnsweredQuestion,
} from "@convenantbot/cards";
import type { BotPorts, Caseworker } from "../ports.js";
import { card, text, type Reply } from "../bot/reply.js";
import type { IntakeState } from "./intake-state.js";
import { summaryRecipients } from "../cases/after-submit.js";

export interface FlowResult {
  state: IntakeState | undefined;
  replies: Reply[];
}

export function chooseRulebook(caseworker: Caseworker, lang: Language, today: IsoDate): FlowResult {
  const candidates = rulebooksToNominateUnder(caseworker.partyId, caseworker.role);
  const valid = candidates.filter((r) => isValidOn(r, today));
  if (valid.length === 1) return startIntake(valid[0]!.id, today, caseworker, lang);
  const choices = candidates.map((r) => ({
    id: r.id,
    title: r.title,
    validFrom: r.validity.from,
    validTo: lastValidDay(r.validity),
    valid: isValidOn(r, today),
  }));
  return { state: undefined, replies: [card(rulebookChoiceCard(choices, lang, "intake.start"))] };
}

export function startIntake(rulebookId: string, asOf: IsoDate, caseworker: Caseworker, lang: Language): FlowResult {
  const rulebook = resolveRulebook(rulebookId, asOf); // names the validity dates when not valid
  if (!mayNominate(rulebook, caseworker.role)) {
    throw new DomainError(
      "not_allowed",
      msg("nl", "bot.notAllowedToNominate", { rulebook: rulebook.title.nl }),
      msg("en", "bot.notAllowedToNominate", { rulebook: rulebook.title.en }),
    );
  }
  const state: IntakeState = {
    id: randomUUID(),
    rulebook: rulebook.id,
    asOf,
    facts: {},
    answered: [],
    status: "active",
    ownPartyId: caseworker.partyId,
    revision: 0,
  };
  return render(state, lang);
}

/** The answers so far as the caseworker gave them, oldest first (summary, "Wijzig een antwoord"). */
export function answeredQuestions(rulebook: Rulebook, state: IntakeState, lang: Language): AnsweredQuestion[] {
  return state.answered
    .filter((fact) => rulebook.facts.some((f) => f.name === fact))
    .map((fact) => {
      const question = questionFor(rulebook, fact);
      return { fact, question: question.text, answer: answerLabel(question, state.facts[fact], lang) };
    });
}

/** A fact asked again after "Wijzig een antwoord": it is current and still has its answer. */
function changing(state: IntakeState): string | undefined {
  return state.status === "active" && state.current !== undefined && Object.hasOwn(state.facts, state.current)
    ? state.current
    : undefined;
}

/** Asks the next question (or the one being changed), or shows the outcome when nothing is missing. */
export function render(state: IntakeState, lang: Language, options: { previousAnswer?: unknown } = {}): FlowResult {
  const rulebook = resolveRulebook(state.rulebook, state.asOf);
  const step = nextQuestions(rulebook, state.facts, state.asOf, { limit: 1 });
  const revisit = changing(state);
  const question = revisit ? questionFor(rulebook, revisit) : step.questions[0];
  if (question) {
    const next: IntakeState = { ...state, status: "active", current: question.fact };
    const previousAnswer = revisit ? state.facts[revisit] : options.previousAnswer;
    const group = revisit ? undefined : questionGroupFor(rulebook, question.fact, step.result.missing);
    const answered = answeredQuestions(rulebook, state, lang);
    return {
      state: next,
      replies: [
        card(
          questionCard({
            question,
            lang,
            progress: { answered: state.answered.length, total: state.answered.length + step.result.missing.length },
            runningOutcome: step.result.outcome,
            rulebookTitle: rulebook.title[lang],
            answered,
            revision: state.revision ?? 0,
            ...(previousAnswer !== undefined ? { previousAnswer } : {}),
            ...(group ? { group } : {}),
          }),
        ),
      ],
    };
  }
  const proposals = proposalsFor(rulebook, state, step.result);
  const deadlines = deadlinesFrom(rulebook.deadlines, "aanmelding", state.asOf);
  const { current: _current, ...rest } = state;
  const rev = state.revision ?? 0;
  if (step.result.outcome === "not_eligible") {
    // The outcome is final but the answers are kept: one wrong click must not cost the intake.
    const result = checkResultCard({
      result: step.result,
      rulebookTitle: rulebook.title[lang],
      lang,
      factQuestions: rulebook.facts,
    });
    const extra = notEligibleActions({ rev, rulebook: rulebook.id, lang });
    return {
      state: { ...rest, status: "not_eligible" },
      replies: [
        card({ ...result, body: [...result.body, extra.note], actions: [...(result.actions ?? []), ...extra.actions] }),
      ],
    };
  }
  const summary = intakeSummaryCard({
    result: step.result,
    rulebookTitle: rulebook.title[lang],
    lang,
    proposals,
    deadlines,
    afterSubmit: summaryRecipients(rulebook, state.facts, state.ownPartyId ?? "", lang),
  });
  return { state: { ...rest, status: "choosing" }, replies: [card(withChangeAction(summary, rev, lang))] };
}

/** The summary keeps a way back to any answer before anything is chosen or stored. */
function withChangeAction(summary: AdaptiveCard, rev: number, lang: Language): AdaptiveCard {
  const change = {
    type: "Action.Execute" as const,
    verb: VERBS.intakeChange,
    title: msg(lang, "keep.changeAnswer"),
    data: { rev },
    associatedInputs: "none" as const,
  };
  return { ...summary, actions: [...(summary.actions ?? []), change] };
}

const careRoles = new Set(["zorgorganisatie", "reclassering", "lokale_kamer"]);

/**
 * The rulebook's proposals, with the caseworker's own care party first when it is one of
 * the rulebook's care parties: a begeleider who nominates usually supports the candidate.
 */
export function proposalsFor(rulebook: Rulebook, state: IntakeState, result: CheckResult): SupportProposal[] {
  const proposals = rulebook.proposeSupportParties?.(state.facts, result) ?? [];
  const own = rulebook.parties.find((p) => p.id === state.ownPartyId && careRoles.has(p.role));
  if (!own || proposals.some((p) => p.partyId === own.id) || result.outcome === "not_eligible") return proposals;
  return [
    {
      partyId: own.id,
      partyName: own.name,
      role: own.role,
      reason: {
        nl: "je eigen organisatie, die voordraagt en begeleidt.",
        en: "your own organisation, which nominates and supports.",
      },
    },
    ...proposals,
  ];
}

export function answer(state: IntakeState, fact: string, raw: unknown, lang: Language): FlowResult {
  const rulebook = resolveRulebook(state.rulebook, state.asOf);
  if (!rulebook.facts.some((f) => f.name === fact))
    return { state, replies: [text(msg(lang, "bot.unknownFact", { fact })), ...render(state, lang).replies] };
  const parsed = parseAnswer(questionFor(rulebook, fact), raw);
  if (parsed.status === "invalid") {
    const issue = lang === "nl" ? parsed.issue.message_nl : parsed.issue.message_en;
    return { state, replies: [text(issue), ...render(state, lang).replies] };
  }
  // "Onbekend" is a real answer in an intake only as absence: the question stays open.
  if (parsed.status === "unknown")
    return { state, replies: [text(msg(lang, "bot.answerRequired")), ...render(state, lang).replies] };
  return render(withAnswers(state, { [fact]: parsed.value }), lang);
}

/** New answers in: the other answers stay, the revision moves on, the next question is computed afresh. */
function withAnswers(state: IntakeState, values: Record<string, unknown>): IntakeState {
  const names = Object.keys(values);
  const { current: _current, ...rest } = state;
  return {
    ...rest,
    status: "active",
    facts: { ...state.facts, ...values },
    answered: [...state.answered.filter((f) => !names.includes(f)), ...names],
    revision: (state.revision ?? 0) + 1,
  };
}

/** A checklist of grouped yes/no questions: ticked ones are true, the others false. */
export function answerGroup(state: IntakeState, facts: readonly string[], raw: unknown, lang: Language): FlowResult {
  const rulebook = resolveRulebook(state.rulebook, state.asOf);
  const known = facts.filter((f) => rulebook.facts.some((d) => d.name === f && d.answer === "boolean"));
  if (known.length === 0 || known.length !== facts.length)
    return {
      state,
      replies: [text(msg(lang, "bot.unknownFact", { fact: facts.join(", ") })), ...render(state, lang).replies],
    };
  const parsed = parseChecklist(known, raw, lang);
  if (parsed.status === "invalid") return { state, replies: [text(parsed.message), ...render(state, lang).replies] };
  return render(withAnswers(state, parsed.values), lang);
}

/** "terug": undo the last answer and ask it again, with the earlier answer filled in. */
export function back(state: IntakeState, lang: Language): FlowResult {
  const last = state.answered.at(-1);
  if (!last) return { state, replies: [text(msg(lang, "bot.noPreviousQuestion")), ...render(state, lang).replies] };
  const facts = { ...state.facts };
  const previous = facts[last];
  delete facts[last];
  const { current: _current, ...rest } = state;
  return render(
    { ...rest, status: "active", facts, answered: state.answered.slice(0, -1), revision: (state.revision ?? 0) + 1 },
    lang,
    { previousAnswer: previous },
  );
}

export async function choose(
  state: IntakeState,
  supportPartyId: string | undefined,
  caseworker: Caseworker,
  ports: BotPorts,
  lang: Language,
  correlationId: string,
): Promise<FlowResult> {
  const rulebook = resolveRulebook(state.rulebook, state.asOf);
  const step = nextQuestions(rulebook, state.facts, state.asOf);
  if (step.questions.length > 0) return render(state, lang); // not finished: ask on
  const proposals = proposalsFor(rulebook, state, step.result);
  const chosen = proposals.find((p) => p.partyId === supportPartyId);
  if (proposals.length > 0 && !chosen) {
    return { state, replies: [text(msg(lang, "bot.chooseSupportParty")), ...render(state, lang).replies] };
  }
  const created = await ports.createAanmelding(
    {
      rulebook: rulebook.id,
      rulebookVersion: rulebook.version,
      facts: state.facts,
      decision: step.result,
      supportPartyId: chosen?.partyId ?? null,
      deadlines: deadlinesFrom(rulebook.deadlines, "aanmelding", state.asOf),
      createdBy: caseworker.id,
      ...(state.id ? { intakeId: state.id } : {}),
    },
    correlationId,
  );
  return {
    state: undefined,
    replies: [
      text(
        chosen
          ? msg(lang, "bot.aanmeldingStoredWithParty", { id: created.id, party: chosen.partyName })
          : msg(lang, "bot.aanmeldingStored", { id: created.id }),
      ),
    ],
  };
}
