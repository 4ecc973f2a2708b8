import type { IsoDate, Language } from "@convenantbot/domain";
import { msg } from "@convenantbot/cards";
import type { CaseDeps } from "../cases/case-routes.js";
import type { ConversationData, IntakeState } from "../intake/intake-state.js";
import type { FlowResult } from "../intake/intake-flow.js";
import type { BotPorts, Caseworker } from "../ports.js";
import { text, type Reply } from "./reply.js";
import type { SignalDeps } from "./signal-routes.js";

/** What one turn knows: who, in which language, on which day, and the conversation so far. */
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

/** The conversation after the turn, and what the bot says. */
export interface RouteResult {
  conversation: ConversationData;
  replies: Reply[];
}

type Said = Pick<TurnScope, "lang" | "conversation">;

export const keep = (scope: Said, replies: Reply[]): RouteResult => ({ conversation: scope.conversation, replies });

export const withIntake = (flow: FlowResult): RouteResult => ({
  conversation: flow.state ? { intake: flow.state } : {},
  replies: flow.replies,
});

/** "Dat begrijp ik niet": an unknown command, verb or card payload; the conversation stays as it is. */
export const notUnderstood = (scope: Said): RouteResult => keep(scope, [text(msg(scope.lang, "bot.unknownCommand"))]);

export const noActiveIntake = (scope: Said): RouteResult => keep(scope, [text(msg(scope.lang, "bot.noActiveIntake"))]);
