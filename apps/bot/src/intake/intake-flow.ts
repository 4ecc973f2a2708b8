import { randomUUID } from "node:crypto";
import {
  DomainError,
  deadlinesFrom,
  isValidOn,
  lastValidDay,
  listRulebooks,
  nextQuestions,
  questionFor,
  resolveRulebook,
  type CheckResult,
  type IsoDate,
  type Language,
  type Rulebook,
  type SupportProposal,
} from "@convenantbot/domain";
import {
  checkResultCard,
  intakeSummaryCard,
  msg,
  parseAnswer,
  questionCard,
  rulebookChoiceCard,
} from "@convenantbot/cards";
import type { BotPorts, Caseworker } from "../ports.js";
import { card, text, type Reply } from "../bot/reply.js";
import type { IntakeState } from "./intake-state.js";
import { summaryRecipients } from "../cases/after-submit.js";

export interface FlowResult {
  state: IntakeState | undefined;
  replies: Reply[];
}

/** Rulebooks whose party directory includes the caseworker's party (inferred region). */
export function rulebooksOfParty(partyId: string): Rulebook[] {
  return listRulebooks().filter((r) => r.parties.some((p) => p.id === partyId));
}

/** LV art. 4.1 and the like: a rulebook may limit who nominates, as data (`nominatingRoles`). */
export function mayNominate(rulebook: Rulebook, caseworker: Caseworker): boolean {
  const roles = rulebook.parameters["nominatingRoles"];
  return !Array.isArray(roles) || roles.includes(caseworker.role);
}

export function chooseRulebook(caseworker: Caseworker, lang: Language, today: IsoDate): FlowResult {
  const own = rulebooksOfParty(caseworker.partyId);
  const candidates = (own.length > 0 ? own : listRulebooks()).filter((r) => mayNominate(r, caseworker));
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
  if (!mayNominate(rulebook, caseworker)) {
    throw new DomainError(
      "not_allowed",
      msg("nl", "bot.notAllowedToNominate", { rulebook: rulebook.title.nl }),
      msg("en", "bot.notAllowedToNominate", { rulebook: rulebook.title.en }),
    );
  }
  const state: IntakeState = { id: randomUUID(), rulebook: rulebook.id, asOf, facts: {}, answered: [], status: "active", ownPartyId: caseworker.partyId };
  return render(state, lang);
}

/** Asks the next question, or shows the summary with support parties when nothing is missing. */
export function render(state: IntakeState, lang: Language): FlowResult {
  const rulebook = resolveRulebook(state.rulebook, state.asOf);
  const step = nextQuestions(rulebook, state.facts, state.asOf, { limit: 1 });
  const question = step.questions[0];
  if (question) {
    const next: IntakeState = { ...state, status: "active", current: question.fact };
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
          }),
        ),
      ],
    };
  }
  const proposals = proposalsFor(rulebook, state, step.result);
  const deadlines = deadlinesFrom(rulebook.deadlines, "aanmelding", state.asOf);
  const summary =
    step.result.outcome === "not_eligible"
      ? checkResultCard({ result: step.result, rulebookTitle: rulebook.title[lang], lang, factQuestions: rulebook.facts })
      : intakeSummaryCard({ result: step.result, rulebookTitle: rulebook.title[lang], lang, proposals, deadlines, afterSubmit: summaryRecipients(rulebook, state.facts, state.ownPartyId ?? "", lang) });
  const { current: _current, ...rest } = state;
  return {
    state: step.result.outcome === "not_eligible" ? undefined : { ...rest, status: "choosing" },
    replies: [card(summary)],
  };
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
  if (!rulebook.facts.some((f) => f.name === fact)) return { state, replies: [text(msg(lang, "bot.unknownFact", { fact })), ...render(state, lang).replies] };
  const parsed = parseAnswer(questionFor(rulebook, fact), raw);
  if (parsed.status === "invalid") {
    const issue = lang === "nl" ? parsed.issue.message_nl : parsed.issue.message_en;
    return { state, replies: [text(issue), ...render(state, lang).replies] };
  }
  // "Onbekend" is a real answer in an intake only as absence: the question stays open.
  if (parsed.status === "unknown") return { state, replies: [text(msg(lang, "bot.answerRequired")), ...render(state, lang).replies] };
  const facts = { ...state.facts, [fact]: parsed.value };
  const answered = [...state.answered.filter((f) => f !== fact), fact];
  return render({ ...state, facts, answered }, lang);
}

/** "terug": undo the last answer and ask it again. */
export function back(state: IntakeState, lang: Language): FlowResult {
  const last = state.answered.at(-1);
  if (!last) return { state, replies: [text(msg(lang, "bot.noPreviousQuestion")), ...render(state, lang).replies] };
  const facts = { ...state.facts };
  delete facts[last];
  return render({ ...state, facts, answered: state.answered.slice(0, -1) }, lang);
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
  const created = await ports.createAanmelding({
    rulebook: rulebook.id,
    rulebookVersion: rulebook.version,
    facts: state.facts,
    decision: step.result,
    supportPartyId: chosen?.partyId ?? null,
    deadlines: deadlinesFrom(rulebook.deadlines, "aanmelding", state.asOf),
    createdBy: caseworker.id,
    ...(state.id ? { intakeId: state.id } : {}),
  }, correlationId);
  return {
    state: undefined,
    replies: [text(
        chosen
          ? msg(lang, "bot.aanmeldingStoredWithParty", { id: created.id, party: chosen.partyName })
          : msg(lang, "bot.aanmeldingStored", { id: created.id }),
      )],
  };
}
