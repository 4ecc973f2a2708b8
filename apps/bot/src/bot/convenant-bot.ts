import { randomUUID } from "node:crypto";
import {
  ActivityHandler,
  CardFactory,
  ConversationState,
  MessageFactory,
  TurnContext,
  UserState,
  type AdaptiveCardInvokeResponse,
  type AdaptiveCardInvokeValue,
  type InvokeResponse,
  type StatePropertyAccessor,
} from "botbuilder";
import { isDomainError, todayUtc, type Language } from "@convenantbot/domain";
import { msg, translateExecute, type Json } from "@convenantbot/cards";
import type { Logger } from "../logger.js";
import type { BotPorts, Caseworker } from "../ports.js";
import { ConversationDataSchema, UserDataSchema, type ConversationData, type UserData } from "../intake/intake-state.js";
import { fromInvoke, fromMessage, type Incoming } from "./incoming.js";
import { tenantOf } from "./caller.js";
import { text, type Reply } from "./reply.js";
import { route, type TurnScope } from "./router.js";
import type { SignalDeps } from "./signal-routes.js";
import type { CaseDeps } from "../cases/case-routes.js";
import { findControlCharacter } from "../http/control-characters.js";

export interface BotDependencies {
  ports: BotPorts;
  logger: Logger;
  allowedTenants: readonly string[];
  clock?: () => Date;
  signals?: SignalDeps;
  cases?: CaseDeps;
}

/**
 * The Teams-facing edge: identifies the caller, loads state, hands the input to the router
 * (domain decisions), saves state and sends the replies. Nothing here knows a rule.
 */
export class ConvenantBot extends ActivityHandler {
  private readonly conversationState: ConversationState;
  private readonly userState: UserState;
  private readonly conversationData: StatePropertyAccessor<ConversationData>;
  private readonly userData: StatePropertyAccessor<UserData>;

  constructor(private readonly deps: BotDependencies) {
    super();
    this.conversationState = new ConversationState(deps.ports.storage);
    this.userState = new UserState(deps.ports.storage);
    this.conversationData = this.conversationState.createProperty("convenant");
    this.userData = this.userState.createProperty("convenantUser");

    this.onMessage(async (context, next) => {
      const incoming = fromMessage(context.activity.text, context.activity.value);
      const replies = incoming ? await this.turn(context, incoming) : [];
      await this.send(context, replies);
      await next();
    });
    this.onMembersAdded(async (context, next) => {
      for (const member of context.activity.membersAdded ?? []) {
        if (member.id !== context.activity.recipient.id) {
          await context.sendActivity(`${msg("nl", "bot.welcome")}\n\n${msg("en", "bot.welcome")}`);
        }
      }
      await next();
    });
  }

  override async run(context: TurnContext): Promise<void> {
    context.turnState.set("correlationId", context.activity.id ?? randomUUID());
    // Loaded together so the store reads both in one statement (PostgresBotStorage batches a tick).
    await Promise.all([this.conversationState.load(context), this.userState.load(context)]);
    await super.run(context);
    await this.conversationState.saveChanges(context, false);
    await this.userState.saveChanges(context, false);
  }

  /** Action.Execute from Teams: answer with a card that replaces the one clicked. */
  protected override async onAdaptiveCardInvoke(
    context: TurnContext,
    invokeValue: AdaptiveCardInvokeValue,
  ): Promise<AdaptiveCardInvokeResponse> {
    const incoming = fromInvoke(invokeValue);
    const replies = incoming ? await this.turn(context, incoming) : [text(msg("nl", "bot.unknownCommand"))];
    const firstCard = replies.findIndex((r) => r.kind === "card");
    const rest = replies.filter((_, i) => i !== firstCard);
    await this.send(context, rest);
    const cardReply = replies[firstCard];
    // Never a bare "✓": without a card the clicked card is replaced by what the bot said.
    const said = replies.filter((r) => r.kind === "text").map((r) => (r.kind === "text" ? r.text : ""));
    const value =
      cardReply?.kind === "card"
        ? cardReply.card
        : { type: "AdaptiveCard", version: "1.5", body: [{ type: "TextBlock", text: said.join("\n\n") || msg("nl", "bot.unknownCommand"), wrap: true }] };
    return { statusCode: 200, type: "application/vnd.microsoft.card.adaptive", value: value as unknown as Record<string, unknown> };
  }

  /**
   * The snelcheck message extension (manifest composeExtensions, action command with
   * fetchTask): the form opens in a Teams dialog and the result shows there too. Dialogs run
   * Action.Submit, not Action.Execute, so the cards are translated for them.
   */
  protected override async onInvokeActivity(context: TurnContext): Promise<InvokeResponse> {
    const name = context.activity.name;
    if (name !== "composeExtension/fetchTask" && name !== "composeExtension/submitAction") return super.onInvokeActivity(context);
    const value = (context.activity.value ?? {}) as { data?: Record<string, unknown> };
    const incoming: Incoming =
      name === "composeExtension/fetchTask"
        ? { kind: "action", verb: "snelcheck.open", data: {} }
        : { kind: "action", verb: "snelcheck.submit", data: value.data ?? {} };
    const replies = await this.turn(context, incoming);
    const cardReply = replies.findLast((r) => r.kind === "card");
    const texts = replies.filter((r) => r.kind === "text").map((r) => (r.kind === "text" ? r.text : ""));
    const body = cardReply?.kind === "card"
      ? {
          task: {
            type: "continue",
            value: {
              title: "Snelcheck",
              width: "medium",
              height: "large",
              card: CardFactory.adaptiveCard(translateExecute(cardReply.card as unknown as Json) as object),
            },
          },
        }
      : { task: { type: "message", value: texts.join("\n") || msg("nl", "bot.unknownCommand") } };
    return { status: 200, body };
  }

  private async turn(context: TurnContext, incoming: Incoming): Promise<Reply[]> {
    const correlationId = String(context.turnState.get("correlationId"));
    const log = this.deps.logger.child({ correlationId });
    const user = UserDataSchema.parse((await this.userData.get(context, { lang: "nl" })) ?? { lang: "nl" });
    const lang: Language = user.lang;
    try {
      // Refused before anything is read or stored (Postgres refuses NUL in text), naming the field.
      const control = incoming.kind === "text" ? findControlCharacter(incoming.text, "text") : findControlCharacter(incoming.data);
      if (control) return [text(msg(lang, "bot.controlCharacter", { field: control.field, codePoint: control.codePoint }))];
      const tenant = tenantOf(context);
      if (!tenant || !this.deps.allowedTenants.includes(tenant)) {
        log.warn({ tenant }, "tenant not allowed");
        return [text(msg(lang, "bot.tenantNotAllowed"))];
      }
      const caseworker = await this.deps.ports.findCaseworker(context.activity.from.id, context.activity.from.aadObjectId, tenant);
      if (!caseworker) {
        log.info({ user: context.activity.from.id }, "unknown user");
        return [text(msg(lang, "bot.unknownUser"))];
      }
      await this.deps.ports.saveConversationReference(caseworker, tenant, TurnContext.getConversationReference(context.activity));
      const stored = ConversationDataSchema.safeParse((await this.conversationData.get(context, {})) ?? {});
      // Unreadable state (e.g. from an older version) is dropped with a notice, never a crash.
      const conversation: ConversationData = stored.success ? stored.data : {};
      const scope: TurnScope = {
        caseworker,
        lang,
        today: todayUtc(this.deps.clock?.() ?? new Date()),
        ports: this.deps.ports,
        conversation,
        setLanguage: async (value: Language) => this.userData.set(context, { lang: value }),
        correlationId,
        ...(this.deps.signals ? { signals: this.deps.signals } : {}),
        ...(this.deps.cases ? { cases: this.deps.cases } : {}),
      };
      const result = await route(incoming, scope);
      await this.conversationData.set(context, result.conversation);
      log.info({ caseworker: caseworker.id, input: incoming.kind === "action" ? incoming.verb : "text" }, "turn");
      return result.replies;
    } catch (error) {
      if (isDomainError(error)) return [text(lang === "nl" ? error.message_nl : error.message_en)];
      log.error({ err: error }, "turn failed");
      return [text(msg(lang, "bot.turnError", { correlationId }))];
    }
  }

  private async send(context: TurnContext, replies: readonly Reply[]): Promise<void> {
    for (const reply of replies) {
      if (reply.kind === "text") await context.sendActivity(MessageFactory.text(reply.text));
      else await context.sendActivity(MessageFactory.attachment(CardFactory.adaptiveCard(reply.card)));
    }
  }
}

export type { Caseworker };
