import { IsoDateSchema, check, findRulebookVersions, isValidOn, listRulebooks, resolveRulebook, type IsoDate, type Language, type Localized } from "@convenantbot/domain";
import { aanmeldingenListCard, checkResultCard, helpCard, msg, parseSnelcheckSubmission, snelcheckCard } from "@convenantbot/cards";
import type { BotPorts, Caseworker } from "../ports.js";
import type { ConversationData } from "../intake/intake-state.js";
import { answer, back, choose, chooseRulebook, render, startIntake, type FlowResult } from "../intake/intake-flow.js";
import { parseCommand } from "./commands.js";
import type { Incoming } from "./incoming.js";
import { card, text, type Reply } from "./reply.js";
import { isSignalVerb, signalAction, signalForm, type SignalDeps } from "./signal-routes.js";
import { caseAction, isCaseVerb, type CaseDeps } from "../cases/case-routes.js";
import { chooseForCase, editDetails, submitCase, submitDetails } from "../intake/case-intake.js";

export interface TurnScope {
  caseworker: Caseworker;
  lang: Language;
  today: IsoDate;
  ports: BotPorts;
  conversation: ConversationData;
  setLanguage: (lang: Language) => Promise<void>;
  correlationId: string;
  signals?: SignalDeps;
  cases?: CaseDeps;
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
  return incoming.kind === "action" ? routeAction(incoming.verb, incoming.data, scope) : routeText(incoming.text, scope);
}

async function routeText(input: string, scope: TurnScope): Promise<RouteResult> {
  const { lang, conversation } = scope;
  const command = parseCommand(input);
  const intake = conversation.intake;
  switch (command.name) {
    case "help":
      return keep(scope, [card(helpCard(lang))]);
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
      return { conversation: { intake: { ...intake, status: "paused" } }, replies: [text(msg(lang, "bot.intakePaused"))] };
    case "resume":
      if (!intake) return keep(scope, [text(msg(lang, "bot.noActiveIntake"))]);
      return withIntake(render({ ...intake, status: "active" }, lang));
    case "back":
      if (!intake) return keep(scope, [text(msg(lang, "bot.noActiveIntake"))]);
      return withIntake(back(intake, lang));
    case "signal":
      return keep(scope, scope.signals ? await signalForm(scope, command.caseRef) : [text(msg(lang, "bot.signalHowTo"))]);
    case "unknown":
      // A typed answer to the question on screen ("ja", "7", "overlast").
      if (intake?.status === "active" && intake.current) return withIntake(answer(intake, intake.current, command.text, lang));
      if (intake?.status === "paused") return keep(scope, [text(msg(lang, "bot.intakeIsPaused"))]);
      return keep(scope, [text(msg(lang, "bot.unknownCommand"))]);
  }
}

async function routeAction(verb: string, data: Record<string, unknown>, scope: TurnScope): Promise<RouteResult> {
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
      return { conversation: { intake: { ...intake, status: "paused" } }, replies: [text(msg(lang, "bot.intakePaused"))] };
    case "intake.cancel":
      return { conversation: {}, replies: [text(msg(lang, intake ? "bot.intakeCancelled" : "bot.nothingToCancel"))] };
    case "intake.choose": {
      if (!intake) return keep(scope, [text(msg(lang, "bot.noActiveIntake"))]);
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
      if (!intake || !scope.cases) return keep(scope, [text(msg(lang, "bot.noActiveIntake"))]);
      return withIntake(await submitCase(intake, scope.caseworker, scope.cases, lang, scope.correlationId));
    case "snelcheck.open": {
      // From the message extension: the caseworker's own rulebook when no rulebook is named.
      const named = typeof data["rulebook"] === "string" ? data["rulebook"] : undefined;
      const own = listRulebooks().find((r) => isValidOn(r, scope.today) && r.parties.some((p) => p.id === scope.caseworker.partyId));
      return keep(scope, snelcheckFor(named ?? own?.id, scope.today, scope));
    }
    case "snelcheck.submit":
      return keep(scope, snelcheckSubmit(data, scope));
    default:
      if (isSignalVerb(verb) && scope.signals) return keep(scope, await signalAction(verb, data, scope, scope.signals));
      if (isCaseVerb(verb) && scope.cases) return keep(scope, await caseAction(verb, data, scope, scope.cases, `card:${scope.correlationId}`));
      return keep(scope, [text(msg(lang, "bot.unknownCommand"))]);
  }
}

function snelcheckFor(rulebookId: string | undefined, asOf: IsoDate, scope: TurnScope): Reply[] {
  const { lang } = scope;
  if (!rulebookId) return [text(msg(lang, "bot.snelcheckWhich"))];
  const rulebook = resolveRulebook(rulebookId, asOf);
  return [card(snelcheckCard({ rulebook, lang, asOf }))];
}

function snelcheckSubmit(data: Record<string, unknown>, scope: TurnScope): Reply[] {
  const { lang } = scope;
  const rulebookId = typeof data["rulebook"] === "string" ? data["rulebook"] : "";
  const asOf = dateOr(data["asOf"], scope.today);
  const rulebook = resolveRulebook(rulebookId, asOf);
  // A peildatum that is not a date is an error shown on the form, never silently today.
  const given = data["asOf"];
  if (given !== undefined && given !== "" && !IsoDateSchema.safeParse(given).success) {
    const issue = lang === "nl" ? `Peildatum '${String(given)}' is geen datum; gebruik JJJJ-MM-DD.` : `Reference date '${String(given)}' is not a date; use YYYY-MM-DD.`;
    return [text(issue), card(snelcheckCard({ rulebook, lang, asOf, prefill: { ...data, asOf } }))];
  }
  const parsed = parseSnelcheckSubmission(rulebook, data);
  if (!parsed.ok) {
    const issues = parsed.issues.map((i) => (lang === "nl" ? i.message_nl : i.message_en)).join("\n");
    return [text(issues), card(snelcheckCard({ rulebook, lang, asOf, prefill: data }))];
  }
  const result = check({ rulebook: rulebook.id, asOf: parsed.asOf ?? asOf, facts: parsed.facts });
  return [card(checkResultCard({ result, rulebookTitle: rulebook.title[lang], lang, factQuestions: rulebook.facts }))];
}

async function listAanmeldingen(scope: TurnScope): Promise<Reply[]> {
  const items = await scope.ports.listAanmeldingen(scope.caseworker.id);
  if (items.length === 0) return [text(msg(scope.lang, "bot.noAanmeldingen"))];
  const withTitles = items.map((item) => ({ ...item, rulebookTitle: rulebookTitle(item.rulebook) }));
  return [card(aanmeldingenListCard(withTitles, scope.lang))];
}

function rulebookTitle(id: string): Localized | string {
  return findRulebookVersions(id).at(-1)?.title ?? id;
}
