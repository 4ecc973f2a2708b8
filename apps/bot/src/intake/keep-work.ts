import { questionGroupFor, nextQuestions, resolveRulebook, type IsoDate, type Language } from "@convenantbot/domain";
import {
  changeAnswerCard,
  confirmCancelCard,
  msg,
  pausedIntakeCard,
  replaceIntakeCard,
  VERBS,
} from "@convenantbot/cards";
import type { CardVerb } from "@convenantbot/contract/card-verbs";
import { card, text, type Reply } from "../bot/reply.js";
import { notUnderstood } from "../bot/turn.js";
import type { VerbRows } from "../bot/verb-rows.js";
import type { Caseworker } from "../ports.js";
import { answerGroup, answeredQuestions, chooseRulebook, render, startIntake, type FlowResult } from "./intake-flow.js";
import type { ConversationData, IntakeState } from "./intake-state.js";

/**
 * Issue 15 item 3, "no lost work": nothing the caseworker answered disappears on one click.
 * - "Annuleer" asks first (card and typed "ja" / "nee").
 * - A new intake beside a paused or running one asks: continue it, or start over.
 * - A card of an earlier step (its revision or question is not the intake's current one)
 *   answers "Deze kaart is verouderd" with the current card; it never rewrites an answer.
 * - "Wijzig een antwoord" jumps to any answered question (the others stay) and re-evaluates.
 */
export interface KeepWorkScope {
  caseworker: Caseworker;
  lang: Language;
  today: IsoDate;
  conversation: ConversationData;
}

export interface KeepWorkResult {
  conversation: ConversationData;
  replies: Reply[];
}

const withFlow = (flow: FlowResult): KeepWorkResult => ({
  conversation: flow.state ? { intake: flow.state } : {},
  replies: flow.replies,
});
const keeping = (intake: IntakeState | undefined, replies: Reply[]): KeepWorkResult => ({
  conversation: intake ? { intake } : {},
  replies,
});

/** Verbs of the question card and of the cards here, which carry the intake's revision. */
const GUARDED = new Set<string>([
  VERBS.intakeAnswer,
  VERBS.intakeBack,
  VERBS.intakePause,
  VERBS.intakeCancel,
  VERBS.intakeChange,
  VERBS.intakeGoto,
  VERBS.intakeCancelConfirm,
]);

/** Is this click from a card of an earlier step? */
export function isStale(intake: IntakeState, verb: string, data: Record<string, unknown>): boolean {
  if (!GUARDED.has(verb)) return false;
  if (typeof data["rev"] === "number" && data["rev"] !== (intake.revision ?? 0)) return true;
  if (verb !== VERBS.intakeAnswer) return false;
  // An answer must be to the question on screen now, never to one answered before.
  const fact = typeof data["fact"] === "string" ? data["fact"] : undefined;
  const asking = intake.status === "active" || intake.status === "paused";
  return !asking || (fact !== undefined && fact !== intake.current);
}

function outdated(intake: IntakeState, lang: Language): KeepWorkResult {
  return keeping(intake, [text(msg(lang, "keep.outdated")), ...render(intake, lang).replies]);
}

/** Open work worth asking about before a new intake replaces it. */
function hasOpenWork(intake: IntakeState | undefined): intake is IntakeState {
  return (
    intake !== undefined &&
    intake.status !== "not_eligible" &&
    (intake.status === "paused" || intake.answered.length > 0)
  );
}

function askReplace(
  intake: IntakeState,
  request: { rulebook?: string; asOf?: IsoDate },
  lang: Language,
): KeepWorkResult {
  const rulebook = resolveRulebook(intake.rulebook, intake.asOf);
  const next: IntakeState = { ...intake, pendingStart: request };
  const restart = {
    ...(request.rulebook ? { rulebook: request.rulebook } : {}),
    ...(request.asOf ? { asOf: request.asOf } : {}),
  };
  return keeping(next, [
    card(
      replaceIntakeCard({
        paused: intake.status === "paused",
        rulebookTitle: rulebook.title[lang],
        answered: intake.answered.length,
        restart,
        lang,
      }),
    ),
  ]);
}

function restart(request: { rulebook?: string; asOf?: IsoDate }, scope: KeepWorkScope): KeepWorkResult {
  const { caseworker, lang, today } = scope;
  return withFlow(
    request.rulebook
      ? startIntake(request.rulebook, request.asOf ?? today, caseworker, lang)
      : chooseRulebook(caseworker, lang, today),
  );
}

function resume(intake: IntakeState, lang: Language): KeepWorkResult {
  const { confirm: _c, pendingStart: _p, ...rest } = intake;
  // A paused intake resumes where it was; a final outcome (not eligible, the summary) is shown again.
  return withFlow(render({ ...rest, status: rest.status === "paused" ? "active" : rest.status }, lang));
}

function askCancel(intake: IntakeState, lang: Language): KeepWorkResult {
  return keeping({ ...intake, confirm: "cancel" }, [
    card(confirmCancelCard({ answered: intake.answered.length, rev: intake.revision ?? 0, lang })),
  ]);
}

function cancelled(lang: Language): KeepWorkResult {
  return { conversation: {}, replies: [text(msg(lang, "bot.intakeCancelled"))] };
}

function change(intake: IntakeState, lang: Language): KeepWorkResult {
  const rulebook = resolveRulebook(intake.rulebook, intake.asOf);
  const answered = answeredQuestions(rulebook, intake, lang);
  if (answered.length === 0)
    return keeping(intake, [text(msg(lang, "bot.noPreviousQuestion")), ...render(intake, lang).replies]);
  const ended = intake.status !== "active" && intake.status !== "paused";
  return keeping(intake, [card(changeAnswerCard({ answered, rev: intake.revision ?? 0, lang, ended }))]);
}

function goTo(intake: IntakeState, fact: unknown, lang: Language): KeepWorkResult {
  if (typeof fact !== "string" || !intake.answered.includes(fact)) return change(intake, lang);
  // Asked again with its answer kept until replaced; the revision makes older cards stale.
  return withFlow(render({ ...intake, status: "active", current: fact, revision: (intake.revision ?? 0) + 1 }, lang));
}

const requestOf = (data: Record<string, unknown>): { rulebook?: string; asOf?: IsoDate } => ({
  ...(typeof data["rulebook"] === "string" && data["rulebook"] !== "" ? { rulebook: data["rulebook"] } : {}),
  ...(typeof data["asOf"] === "string" && /^\d{4}-\d{2}-\d{2}$/.test(data["asOf"]) ? { asOf: data["asOf"] } : {}),
});

/**
 * Before any card action: a pending question (cancel, replace) is dropped, so a later "ja" stays
 * an answer; only its own answers (abort, resume, restart) keep it.
 */
export function settlePending(verb: string, scope: KeepWorkScope): void {
  settle(scope, verb === VERBS.intakeCancelConfirm || verb === VERBS.intakeResume || verb === VERBS.intakeRestart);
}

/** A click on a card of an earlier step: "Deze kaart is verouderd" and the current card; undefined otherwise. */
export function outdatedCard(
  verb: string,
  data: Record<string, unknown>,
  scope: KeepWorkScope,
): KeepWorkResult | undefined {
  const intake = scope.conversation.intake;
  return intake && isStale(intake, verb, data) ? outdated(intake, scope.lang) : undefined;
}

/** A new intake beside open work asks first; undefined when there is none to lose. */
export function askBeforeReplacing(data: Record<string, unknown>, scope: KeepWorkScope): KeepWorkResult | undefined {
  const intake = scope.conversation.intake;
  return hasOpenWork(intake) ? askReplace(intake, requestOf(data), scope.lang) : undefined;
}

const nothing = (lang: Language, key: "bot.nothingToCancel" | "bot.nothingPaused"): KeepWorkResult => ({
  conversation: {},
  replies: [text(msg(lang, key))],
});

/** The card verbs of this concern: cancel asks, abort cancels, resume, restart, change an answer. */
export const keepWorkVerbs = {
  "intake.cancel": (_payload, scope) => {
    const intake = scope.conversation.intake;
    return intake ? askCancel(intake, scope.lang) : nothing(scope.lang, "bot.nothingToCancel");
  },
  "intake.abort": (_payload, scope) =>
    scope.conversation.intake ? cancelled(scope.lang) : nothing(scope.lang, "bot.nothingToCancel"),
  "intake.resume": (_payload, scope) => {
    const intake = scope.conversation.intake;
    return intake ? resume(intake, scope.lang) : nothing(scope.lang, "bot.nothingPaused");
  },
  "intake.restart": (payload, scope) =>
    restart(
      Object.keys(payload).length > 0 ? requestOf(payload) : (scope.conversation.intake?.pendingStart ?? {}),
      scope,
    ),
  "intake.change": (_payload, scope) => {
    const intake = scope.conversation.intake;
    return intake ? change(intake, scope.lang) : notUnderstood(scope);
  },
  "intake.goto": (payload, scope) => {
    const intake = scope.conversation.intake;
    return intake ? goTo(intake, payload.goto, scope.lang) : notUnderstood(scope);
  },
} satisfies Partial<VerbRows<CardVerb, KeepWorkScope>>;

const YES = new Set(["ja", "ja annuleer", "yes", "yes cancel", "j", "y"]);
const NO = new Set(["nee", "nee ga verder", "no", "no continue", "ga verder", "verder", "n"]);
const RESUME = new Set(["ga verder", "ga verder met de gepauzeerde", "verder", "hervat", "continue"]);
const START_OVER = new Set(["begin opnieuw", "opnieuw", "start over", "opnieuw beginnen"]);
const NONE = new Set(["geen", "geen van deze", "none", "none of these"]);
const CHANGE = new Set([
  "wijzig",
  "wijzig een antwoord",
  "wijzigen",
  "antwoord wijzigen",
  "change",
  "change an answer",
]);

/** Typed text this concern decides (phrase already normalised); undefined hands it on. */
export function keepWorkText(
  command: { name: string; rulebook?: string; asOf?: string },
  phrase: string,
  scope: KeepWorkScope,
): KeepWorkResult | undefined {
  const { lang } = scope;
  const before = scope.conversation.intake;
  const intake = settle(scope, false);
  if (before?.confirm === "cancel" && intake) {
    if (YES.has(phrase)) return cancelled(lang);
    if (NO.has(phrase)) return resume(intake, lang);
  }
  if (before?.pendingStart && intake) {
    if (START_OVER.has(phrase)) return restart(before.pendingStart, scope);
    if (RESUME.has(phrase)) return resume(intake, lang);
  }
  if (!intake) return undefined;
  if (command.name === "intake" && hasOpenWork(intake)) {
    return askReplace(
      intake,
      { ...(command.rulebook ? { rulebook: command.rulebook } : {}), ...(command.asOf ? { asOf: command.asOf } : {}) },
      lang,
    );
  }
  if (command.name === "resume" || RESUME.has(phrase)) return resume(intake, lang);
  if (CHANGE.has(phrase)) return change(intake, lang);
  // "geen" to a checklist on screen: none of its items applies.
  if (command.name === "unknown" && NONE.has(phrase) && intake.status === "active" && intake.current) {
    const rulebook = resolveRulebook(intake.rulebook, intake.asOf);
    const group = questionGroupFor(
      rulebook,
      intake.current,
      nextQuestions(rulebook, intake.facts, intake.asOf).result.missing,
    );
    if (group)
      return withFlow(
        answerGroup(
          intake,
          group.questions.map((q) => q.fact),
          "none",
          lang,
        ),
      );
  }
  return undefined;
}

/** Drops a pending question unless `keepPending`; the scope's conversation is updated in place for the router. */
function settle(scope: KeepWorkScope, keepPending: boolean): IntakeState | undefined {
  const intake = scope.conversation.intake;
  if (!intake || keepPending || (intake.confirm === undefined && intake.pendingStart === undefined)) return intake;
  const { confirm: _c, pendingStart: _p, ...rest } = intake;
  scope.conversation = { ...scope.conversation, intake: rest };
  return rest;
}

/** "mijn aanmeldingen": a paused intake is work too, each listed with its resume button (from any chat). */
export function pausedIntakeReplies(intakes: readonly IntakeState[], lang: Language): Reply[] {
  return intakes
    .filter((intake) => intake.status === "paused")
    .map((intake) => {
      const rulebook = resolveRulebook(intake.rulebook, intake.asOf);
      return card(
        pausedIntakeCard({
          rulebookTitle: rulebook.title[lang],
          answered: intake.answered.length,
          lang,
          ...(intake.id ? { intakeId: intake.id } : {}),
        }),
      );
    });
}
