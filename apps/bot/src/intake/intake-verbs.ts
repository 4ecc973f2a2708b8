import type { CardVerb } from "@convenantbot/contract/card-verbs";
import { msg } from "@convenantbot/cards";
import { dateOr } from "../bot/date-or.js";
import { text } from "../bot/reply.js";
import { keep, noActiveIntake, withIntake } from "../bot/turn.js";
import type { VerbRows } from "../bot/verb-rows.js";
import { alreadySaved } from "./already-saved.js";
import { chooseForCase, editDetails, submitCase, submitDetails } from "./case-intake.js";
import { answer, answerGroup, back, choose, startIntake } from "./intake-flow.js";
import { askBeforeReplacing } from "./keep-work.js";

/** The intake's card verbs: the questions, the summary's choice, the candidate's details and the submit. */
export const intakeVerbs = {
  // Open work beside it is asked about first (keep-work.ts).
  "intake.start": (payload, scope) =>
    askBeforeReplacing(payload, scope) ??
    withIntake(startIntake(payload.rulebook ?? "", dateOr(payload.asOf, scope.today), scope.caseworker, scope.lang)),
  "intake.answer": (payload, scope) => {
    const intake = scope.conversation.intake;
    if (!intake) return noActiveIntake(scope);
    // A checklist answers its group's facts at once.
    if (payload.facts)
      return withIntake(answerGroup({ ...intake, status: "active" }, payload.facts, payload.checklist, scope.lang));
    return withIntake(answer({ ...intake, status: "active" }, payload.fact, payload[payload.fact], scope.lang));
  },
  "intake.back": (_payload, scope) => {
    const intake = scope.conversation.intake;
    return intake ? withIntake(back(intake, scope.lang)) : noActiveIntake(scope);
  },
  "intake.pause": (_payload, scope) => {
    const intake = scope.conversation.intake;
    if (!intake) return noActiveIntake(scope);
    return {
      conversation: { intake: { ...intake, status: "paused" } },
      replies: [text(msg(scope.lang, "bot.intakePaused"))],
    };
  },
  "intake.choose": async (payload, scope) => {
    const { conversation, caseworker, ports, lang } = scope;
    const intake = conversation.intake;
    if (!intake) return keep(scope, await alreadySaved(conversation, caseworker, ports, lang));
    // With cases: candidate details and a review step come before anything is stored or sent.
    if (scope.cases) return withIntake(chooseForCase(intake, payload.supportPartyId, lang));
    return withIntake(await choose(intake, payload.supportPartyId, caseworker, ports, lang, scope.correlationId));
  },
  "intake.details": (payload, scope) => {
    const intake = scope.conversation.intake;
    if (!intake || !scope.cases) return noActiveIntake(scope);
    return withIntake(submitDetails(intake, payload, scope.caseworker, scope.cases, scope.lang));
  },
  "intake.edit": (_payload, scope) => {
    const intake = scope.conversation.intake;
    return intake ? withIntake(editDetails(intake, scope.lang)) : noActiveIntake(scope);
  },
  "intake.submit": async (_payload, scope) => {
    const { conversation, caseworker, ports, lang } = scope;
    const intake = conversation.intake;
    // A late or repeated "Dien in" (double click, Teams retry): the kenmerk already stored.
    if (!intake) return keep(scope, await alreadySaved(conversation, caseworker, ports, lang));
    if (!scope.cases) return noActiveIntake(scope);
    return withIntake(await submitCase(intake, caseworker, scope.cases, lang, scope.correlationId));
  },
} satisfies Partial<VerbRows<CardVerb>>;
