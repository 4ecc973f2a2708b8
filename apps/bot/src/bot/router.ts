import { latestRulebookVersion, type Localized } from "@convenantbot/domain";
import { isCardVerb, type CardVerb, type CardVerbPayload } from "@convenantbot/contract/card-verbs";
import { aanmeldingenListCard, helpCard, msg } from "@convenantbot/cards";
import { answer, chooseRulebook, render, startIntake } from "../intake/intake-flow.js";
import { keepWorkText, outdatedCard, pausedIntakeReplies, settlePending } from "../intake/keep-work.js";
import { verbOfCommand } from "./command-verbs.js";
import { parseCommand } from "./commands.js";
import { helpMenuFor } from "./help-menu.js";
import type { Incoming } from "./incoming.js";
import { normalise } from "./phrases.js";
import { card, text, type Reply } from "./reply.js";
import { signalForm, signalList } from "./signal-routes.js";
import { snelcheckFor } from "./snelcheck-routes.js";
import { keep, noActiveIntake, notUnderstood, withIntake, type RouteResult, type TurnScope } from "./turn.js";
import { verbTable, type VerbRow } from "./verb-table.js";

export type { RouteResult, TurnScope } from "./turn.js";

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
    case "resume":
      if (!intake) return noActiveIntake(scope);
      return withIntake(render({ ...intake, status: "active" }, lang));
    case "channel":
      return keep(scope, [text(await configureChannel(command.on, scope))]);
    case "signal":
      return keep(
        scope,
        scope.signals ? await signalForm(scope, command.caseRef, scope.signals) : [text(msg(lang, "bot.signalHowTo"))],
      );
    case "unknown":
      // A typed answer to the question on screen ("ja", "7", "overlast").
      if (intake?.status === "active" && intake.current)
        return withIntake(answer(intake, intake.current, command.text, lang));
      if (intake?.status === "paused") return keep(scope, [text(msg(lang, "bot.intakeIsPaused"))]);
      return notUnderstood(scope);
    case "pause":
    case "cancel":
    case "back":
    case "case": {
      // The same as the card's button: one row in the verb table answers both.
      const { verb, data } = verbOfCommand(command);
      return routeAction(verb, data, scope);
    }
  }
}

/** A card action: its verb's row in the verb table, once its payload is what the card sends. */
async function routeAction(verb: string, data: Record<string, unknown>, scope: TurnScope): Promise<RouteResult> {
  // Any action drops a pending question, even one the bot does not know (intake/keep-work.ts).
  settlePending(verb, scope);
  return isCardVerb(verb) ? runVerb(verb, data, scope) : notUnderstood(scope);
}

async function runVerb<Verb extends CardVerb>(
  verb: Verb,
  data: Record<string, unknown>,
  scope: TurnScope,
): Promise<RouteResult> {
  const row: VerbRow<Verb> = verbTable[verb];
  // Not what the card sends (an old client, a hand-made invoke): answered as not understood.
  if (!row.payload.safeParse(data).success) return notUnderstood(scope);
  // A click on a card of an earlier step never rewrites an answer (intake/keep-work.ts).
  const outdated = outdatedCard(verb, data, scope);
  if (outdated) return outdated;
  // The card's own object rather than zod's copy, which drops keys such as "__proto__" that
  // the handlers read as given.
  return row.handle(data as CardVerbPayload<Verb>, scope, (typed) => routeText(typed, scope));
}

/** Only a coordinator, only in a team channel: that channel gets redacted notices of the party's new signals. */
async function configureChannel(on: boolean, scope: TurnScope): Promise<string> {
  const { lang, caseworker, chat } = scope;
  if (!chat?.teamsChannelId || chat.type !== "channel") return msg(lang, "bot.channelOnlyInChannel");
  if (!caseworker.coordinator) return msg(lang, "bot.channelCoordinatorOnly");
  await chat.configure(on);
  return msg(lang, on ? "bot.channelOn" : "bot.channelOff", { party: caseworker.partyName });
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
