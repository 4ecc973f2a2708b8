import {
  IsoDateSchema,
  check,
  latestRulebookVersion,
  isValidOn,
  listRulebooks,
  resolveRulebook,
  type IsoDate,
  type Language,
  type Localized,
} from "@convenantbot/domain";
import {
  aanmeldingenListCard,
  checkResultCard,
  helpCard,
  HELP_MENU_COMMANDS,
  msg,
  parseSnelcheckSubmission,
  rulebookChoiceCard,
  VERBS,
} from "@convenantbot/cards";
import type { BotPorts, Caseworker } from "../ports.js";
import type { ConversationData, IntakeState } from "../intake/intake-state.js";
import { answer, back, choose, chooseRulebook, render, startIntake, type FlowResult } from "../intake/intake-flow.js";
import { parseCommand } from "./commands.js";
import { alreadySaved } from "../intake/already-saved.js";
import { helpMenuFor, snelcheckOptions } from "./help-menu.js";
import type { Incoming } from "./incoming.js";
import { card, text, type Reply } from "./reply.js";
import { isSignalVerb, signalAction, signalForm, signalList, type SignalDeps } from "./signal-routes.js";
import { caseAction, isCaseVerb, type CaseDeps } from "../cases/case-routes.js";
import { chooseForCase, editDetails, submitCase, submitDetails } from "../intake/case-intake.js";
import { keepWorkAction, keepWorkText, pausedIntakeReplies } from "../intake/keep-work.js";
import { normalise } from "./phrases.js";
import { snelcheckForm } from "./snelcheck-form.js";

export interface TurnScope {
  caseworker: Caseworker;
  lang: Language;
  today: IsoDate;
  ports: BotPorts;
  conversation: ConversationData;
  setLanguage: (lang: Language) => Promise<void>;
  correlationId: string;
  signals?: SignalDeps;
  /** The chat of this turn; a team channel can be configured for a party's redacted signal notices. */
  chat?: { type: string; teamsChannelId?: string; configure(on: boolean): Promise<void> };
  cases?: CaseDeps;
  /** Every paused intake of this caseworker, from all chats (paused-intakes.ts). */
  pausedIntakes?: readonly IntakeState[];
}

export interface RouteResult {
  conversation: ConversationData;
  replies: Reply[];
}

const keep = (scope: TurnScope, replies: Reply[]): RouteResult => ({ conversation: scope.conversation, replies });
const withIntake = (flow: FlowResult): RouteResult => ({
  conversation: flow.state ? { intake: flow.state } : {},
  replies: flow.replies,
});

function dateOr(value: unknown, fallback: IsoDate): IsoDate {
  const parsed = IsoDateSchema.safeParse(value);
  return parsed.success ? parsed.data : fallback;
}

/** Decides what a text or card action means; the domain decides everything else. */
export async function route(incoming: Incoming, scope: TurnScope): Promise<RouteResult> {
  return incoming.kind === "action"
    ? routeAction(incoming.verb, incoming.data, scope)
    : routeText(incoming.text, scope);
}

async function routeText(input: string, scope: TurnScope): Promise<RouteResult> {
  const command = parseCommand(input);
  // Confirmations, "begin opnieuw", a new intake beside an open one (intake/keep-work.ts).
  const kept = keepWorkText(command, normalise(input), scope);
  if (kept) return kept;
  const { lang, conversation } = scope;
  const intake = conversation.intake;
  switch (command.name) {
    case "help":
      return keep(scope, [
        card(helpCard(lang, helpMenuFor(scope.caseworker, scope.today, command.greeting === true, lang))),
      ]);
    case "thanks":
      return keep(scope, [text(msg(lang, "help.thanks"))]);
    case "signalen":
      return keep(scope, scope.signals ? await signalList(scope, scope.signals) : [text(msg(lang, "bot.signalHowTo"))]);
    case "language":
      await scope.setLanguage(command.lang);
      return keep(scope, [text(msg(command.lang, "bot.languageSwitched"))]);
    case "intake":
      return withIntake(
        command.rulebook
          ? startIntake(command.rulebook, command.asOf ?? scope.today, scope.caseworker, lang)
          : chooseRulebook(scope.caseworker, lang, scope.today),
      );
    case "snelcheck":
      return keep(scope, snelcheckFor(command.rulebook, command.asOf ?? scope.today, scope));
    case "aanmeldingen":
      return keep(scope, await listAanmeldingen(scope));
    case "cancel":
      return { conversation: {}, replies: [text(msg(lang, intake ? "bot.intakeCancelled" : "bot.nothingToCancel"))] };
    case "pause":
      if (!intake) return keep(scope, [text(msg(lang, "bot.noActiveIntake"))]);
      return {
        conversation: { intake: { ...intake, status: "paused" } },
        replies: [text(msg(lang, "bot.intakePaused"))],
      };
    case "resume":
      if (!intake) return keep(scope, [text(msg(lang, "bot.noActiveIntake"))]);
      return withIntake(render({ ...intake, status: "active" }, lang));
    case "back":
      if (!intake) return keep(scope, [text(msg(lang, "bot.noActiveIntake"))]);
      return withIntake(back(intake, lang));
    case "channel":
      return keep(scope, [text(await configureChannel(command.on, scope))]);
    case "signal":
      return keep(
        scope,
        scope.signals ? await signalForm(scope, command.caseRef, scope.signals) : [text(msg(lang, "bot.signalHowTo"))],
      );
    case "case":
      return keep(
        scope,
        scope.cases
          ? await caseAction(
              "case.refresh",
              { aanmeldingId: command.kenmerk },
              scope,
              scope.cases,
              `text:${scope.correlationId}`,
            )
          : [text(msg(lang, "bot.unknownCommand"))],
      );
    case "unknown":
      // A typed answer to the question on screen ("ja", "7", "overlast").
      if (intake?.status === "active" && intake.current)
        return withIntake(answer(intake, intake.current, command.text, lang));
      if (intake?.status === "paused") return keep(scope, [text(msg(lang, "bot.intakeIsPaused"))]);
      return keep(scope, [text(msg(lang, "bot.unknownCommand"))]);
  }
}

async function routeAction(verb: string, data: Record<string, unknown>, scope: TurnScope): Promise<RouteResult> {
  // Outdated cards, confirmations, "wijzig een antwoord", checklists (intake/keep-work.ts).
  const kept = keepWorkAction(verb, data, scope);
  if (kept) return kept;
  const { lang, conversation } = scope;
  const intake = conversation.intake;
  switch (verb) {
    case "intake.start": {
      const rulebook = typeof data["rulebook"] === "string" ? data["rulebook"] : "";
      return withIntake(startIntake(rulebook, dateOr(data["asOf"], scope.today), scope.caseworker, lang));
    }
    case "intake.answer": {
      if (!intake) return keep(scope, [text(msg(lang, "bot.noActiveIntake"))]);
      const fact = typeof data["fact"] === "string" ? data["fact"] : (intake.current ?? "");
      return withIntake(answer({ ...intake, status: "active" }, fact, data[fact], lang));
    }
    case "intake.back":
      return intake ? withIntake(back(intake, lang)) : keep(scope, [text(msg(lang, "bot.noActiveIntake"))]);
    case "intake.pause":
      if (!intake) return keep(scope, [text(msg(lang, "bot.noActiveIntake"))]);
      return {
        conversation: { intake: { ...intake, status: "paused" } },
        replies: [text(msg(lang, "bot.intakePaused"))],
      };
    case "intake.cancel":
      return { conversation: {}, replies: [text(msg(lang, intake ? "bot.intakeCancelled" : "bot.nothingToCancel"))] };
    case "intake.choose": {
      if (!intake) return keep(scope, await alreadySaved(conversation, scope.caseworker, scope.ports, lang));
      const partyId = typeof data["supportPartyId"] === "string" ? data["supportPartyId"] : undefined;
      // With cases: candidate details and a review step come before anything is stored or sent.
      if (scope.cases) return withIntake(chooseForCase(intake, partyId, lang));
      return withIntake(await choose(intake, partyId, scope.caseworker, scope.ports, lang, scope.correlationId));
    }
    case "intake.details":
      if (!intake || !scope.cases) return keep(scope, [text(msg(lang, "bot.noActiveIntake"))]);
      return withIntake(submitDetails(intake, data, scope.caseworker, scope.cases, lang));
    case "intake.edit":
      return intake ? withIntake(editDetails(intake, lang)) : keep(scope, [text(msg(lang, "bot.noActiveIntake"))]);
    case "intake.submit":
      // A late or repeated "Dien in" (double click, Teams retry): the kenmerk already stored.
      if (!intake) return keep(scope, await alreadySaved(conversation, scope.caseworker, scope.ports, lang));
      if (!scope.cases) return keep(scope, [text(msg(lang, "bot.noActiveIntake"))]);
      return withIntake(await submitCase(intake, scope.caseworker, scope.cases, lang, scope.correlationId));
    case "snelcheck.open": {
      // From the message extension: the caseworker's own rulebook when no rulebook is named.
      const named = typeof data["rulebook"] === "string" ? data["rulebook"] : undefined;
      const own = listRulebooks().find(
        (r) => isValidOn(r, scope.today) && r.parties.some((p) => p.id === scope.caseworker.partyId),
      );
      return keep(scope, snelcheckFor(named ?? own?.id, scope.today, scope));
    }
    case "snelcheck.submit":
      return keep(scope, snelcheckSubmit(data, scope));
    case VERBS.snelcheckStart:
      return keep(
        scope,
        snelcheckFor(typeof data["rulebook"] === "string" ? data["rulebook"] : undefined, scope.today, scope),
      );
    case VERBS.commandRun:
      // A menu button: the same as typing its command (never an answer to an open question).
      return typeof data["command"] === "string" && HELP_MENU_COMMANDS.includes(data["command"])
        ? routeText(data["command"], scope)
        : keep(scope, [text(msg(lang, "bot.unknownCommand"))]);
    default:
      if (isSignalVerb(verb) && scope.signals) return keep(scope, await signalAction(verb, data, scope, scope.signals));
      if (isCaseVerb(verb) && scope.cases)
        return keep(scope, await caseAction(verb, data, scope, scope.cases, `card:${scope.correlationId}`));
      return keep(scope, [text(msg(lang, "bot.unknownCommand"))]);
  }
}

/** Only a coordinator, only in a team channel: that channel gets redacted notices of the party's new signals. */
async function configureChannel(on: boolean, scope: TurnScope): Promise<string> {
  const { lang, caseworker, chat } = scope;
  if (!chat?.teamsChannelId || chat.type !== "channel") return msg(lang, "bot.channelOnlyInChannel");
  if (!caseworker.coordinator) return msg(lang, "bot.channelCoordinatorOnly");
  await chat.configure(on);
  return msg(lang, on ? "bot.channelOn" : "bot.channelOff", { party: caseworker.partyName });
}

function snelcheckFor(rulebookId: string | undefined, asOf: IsoDate, scope: TurnScope): Reply[] {
  const { lang } = scope;
  if (!rulebookId) {
    // A bare "snelcheck": pick from the rulebooks in force (one: straight to its form).
    const options = snelcheckOptions(scope.caseworker, asOf);
    if (options.length === 1) return snelcheckFor(options[0]!.id, asOf, scope);
    return options.length > 0
      ? [card(rulebookChoiceCard(options, lang, VERBS.snelcheckStart))]
      : [text(msg(lang, "bot.snelcheckWhich"))];
  }
  const rulebook = resolveRulebook(rulebookId, asOf);
  return [card(snelcheckForm(rulebook, lang, asOf))];
}

function snelcheckSubmit(data: Record<string, unknown>, scope: TurnScope): Reply[] {
  const { lang } = scope;
  const rulebookId = typeof data["rulebook"] === "string" ? data["rulebook"] : "";
  const asOf = dateOr(data["asOf"], scope.today);
  const rulebook = resolveRulebook(rulebookId, asOf);
  // A peildatum that is not a date is an error shown on the form, never silently today.
  const given = data["asOf"];
  if (given !== undefined && given !== "" && !IsoDateSchema.safeParse(given).success) {
    const issue =
      lang === "nl"
        ? `Peildatum '${String(given)}' is geen datum; gebruik JJJJ-MM-DD.`
        : `Reference date '${String(given)}' is not a date; use YYYY-MM-DD.`;
    return [text(issue), card(snelcheckForm(rulebook, lang, asOf, { ...data, asOf }))];
  }
  const parsed = parseSnelcheckSubmission(rulebook, data);
  if (!parsed.ok) {
    const issues = parsed.issues.map((i) => (lang === "nl" ? i.message_nl : i.message_en)).join("\n");
    return [text(issues), card(snelcheckForm(rulebook, lang, asOf, data))];
  }
  const result = check({ rulebook: rulebook.id, asOf: parsed.asOf ?? asOf, facts: parsed.facts });
  return [card(checkResultCard({ result, rulebookTitle: rulebook.title[lang], lang, factQuestions: rulebook.facts }))];
}

async function listAanmeldingen(scope: TurnScope): Promise<Reply[]> {
  const items = await scope.ports.listAanmeldingen(scope.caseworker.id);
  const paused = pausedIntakeReplies(
    scope.pausedIntakes ?? (scope.conversation.intake ? [scope.conversation.intake] : []),
    scope.lang,
  );
  if (items.length === 0) return paused.length > 0 ? paused : [text(msg(scope.lang, "bot.noAanmeldingen"))];
  const withTitles = items.map((item) => ({ ...item, rulebookTitle: rulebookTitle(item.rulebook) }));
  return [...paused, card(aanmeldingenListCard(withTitles, scope.lang))];
}

function rulebookTitle(id: string): Localized | string {
  return latestRulebookVersion(id)?.title ?? id;
}
