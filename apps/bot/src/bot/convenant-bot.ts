import { randomUUID } from "node:crypto";
import { isDeepStrictEqual } from "node:util";
import {
  CardFactory,
  ConversationState,
  MessageFactory,
  TeamsActivityHandler,
  TurnContext,
  UserState,
  type AdaptiveCardInvokeResponse,
  type AdaptiveCardInvokeValue,
  type AppBasedLinkQuery,
  type InvokeResponse,
  type MessagingExtensionAction,
  type MessagingExtensionQuery,
  type MessagingExtensionResponse,
  type MessagingExtensionActionResponse,
  type StatePropertyAccessor,
} from "botbuilder";
import { dutchToday, isDomainError, type Language } from "@convenantbot/domain";
import { msg, translateExecute, VERBS, type Json } from "@convenantbot/cards";
import type { Logger } from "../logger.js";
import type { BotPorts, Caseworker } from "../ports.js";
import { UserDataSchema, type ConversationData, type UserData } from "../intake/intake-state.js";
import {
  afterTurn,
  ownCopy,
  pausedIntakesOf,
  readVersionedPausedIndex,
  takeOverIndex,
  updatePausedIndex,
  isETagConflict,
  type PausedIndex,
  takeOver,
} from "../intake/paused-intakes.js";
import { ownPart, withOwnPart, type StoredConversation } from "../intake/intake-ownership.js";
import { fromInvoke, fromMessage, type Incoming } from "./incoming.js";
import { tenantOf } from "./caller.js";
import { text, type Reply } from "./reply.js";
import { route, type TurnScope } from "./router.js";
import type { SignalDeps } from "./signal-routes.js";
import type { CaseDeps } from "../cases/case-routes.js";
import { invokeAnswer } from "./invoke-answer.js";
import { identityHint } from "./identity-hint.js";
import { findControlCharacter } from "../http/control-characters.js";
import { matchRecords, ownRecords, searchAttachment, SEARCH_COMMAND, type RecordHit } from "./search-extension.js";
import { recordOfLink, type LinkTargets } from "./deep-link.js";

export interface BotDependencies {
  ports: BotPorts;
  logger: Logger;
  allowedTenants: readonly string[];
  clock?: () => Date;
  signals?: SignalDeps;
  cases?: CaseDeps;
  /** Where links from cards to the tab point (Teams deep link or the public address). */
  links?: LinkTargets;
}

/** The snelcheck message extension's command (manifest composeExtensions[0].commands[0].id). */
export const SNELCHECK_COMMAND = "snelcheck";

interface TurnOutcome {
  replies: Reply[];
  /** The conversation after the turn (to re-render a card instead of wiping it). */
  conversation?: ConversationData;
}

type Identified = { ok: true; caseworker: Caseworker; tenant: string } | { ok: false; replies: Reply[] };

/**
 * The Teams-facing edge: identifies the caller, loads state, hands the input to the router
 * (domain decisions), saves state and sends the replies. Nothing here knows a rule.
 */
export class ConvenantBot extends TeamsActivityHandler {
  private readonly conversationState: ConversationState;
  private readonly userState: UserState;
  /** One part per caseworker (intake-ownership.ts). */
  private readonly conversationData: StatePropertyAccessor<StoredConversation>;
  private readonly userData: StatePropertyAccessor<UserData>;

  constructor(private readonly deps: BotDependencies) {
    super();
    this.conversationState = new ConversationState(deps.ports.storage);
    this.userState = new UserState(deps.ports.storage);
    this.conversationData = this.conversationState.createProperty("convenant");
    this.userData = this.userState.createProperty("convenantUser");

    this.onMessage(async (context, next) => {
      // Teams puts "<at>Convenantbot</at>" in group chats and channels; it is not the command.
      const withoutMention =
        context.activity.text !== undefined ? TurnContext.removeRecipientMention(context.activity) : undefined;
      const incoming =
        fromMessage(withoutMention, context.activity.value) ??
        (context.activity.value === undefined ? ({ kind: "text", text: "help" } as const) : undefined);
      // A message with only the mention (or nothing) is answered with help, never ignored.
      const outcome = incoming ? await this.turn(context, incoming) : { replies: [] };
      await this.send(context, outcome.replies);
      await next();
    });
    // The bot itself was added (installed in a chat, team or personal scope): store the
    // personal chat as a delivery target and welcome once, after the tenant check. Other
    // members joining a group chat get no welcome.
    this.onMembersAdded(async (context, next) => {
      const botAdded = (context.activity.membersAdded ?? []).some((m) => m.id === context.activity.recipient?.id);
      if (botAdded) await this.welcome(context);
      await next();
    });
    this.onInstallationUpdateAdd(async (context, next) => {
      const who = await this.identify(context);
      if (who.ok) await this.remember(context, who);
      await next();
    });
    this.onInstallationUpdateRemove(async (context, next) => {
      const conversationId = context.activity.conversation?.id;
      if (conversationId) await this.deps.ports.forgetConversation(conversationId);
      this.deps.logger.info(
        { correlationId: context.turnState.get("correlationId") },
        "app uninstalled from a chat; its reference is removed",
      );
      await next();
    });
  }

  override async run(context: TurnContext): Promise<void> {
    context.turnState.set("correlationId", context.activity.id ?? randomUUID());
    // Loaded together so the store reads both in one statement (PostgresBotStorage batches a tick).
    await Promise.all([this.conversationState.load(context), this.userState.load(context)]);
    await super.run(context);
    // eTag-checked writes: a parallel turn of the same conversation (a double click) that
    // wrote first wins; this turn's state change is dropped, not written over it.
    for (const state of [this.conversationState, this.userState]) {
      await state.saveChanges(context, false).catch((error: unknown) => {
        if (!isETagConflict(error)) throw error;
        this.deps.logger.info(
          { correlationId: context.turnState.get("correlationId") },
          "state changed by a parallel turn; this turn's change not written",
        );
      });
    }
  }

  /**
   * Action.Execute from Teams. The answer replaces the clicked card, so it is never a bare
   * tick: a card when the turn has one, the current intake question when text only, a
   * read-only outcome card for a final state, otherwise the text as a message (the card stays).
   */
  protected override async onAdaptiveCardInvoke(
    context: TurnContext,
    invokeValue: AdaptiveCardInvokeValue,
  ): Promise<AdaptiveCardInvokeResponse> {
    const incoming = fromInvoke(invokeValue);
    if (!incoming)
      return {
        statusCode: 400,
        type: "application/vnd.microsoft.error",
        value: { code: "BadRequest", message: "action.verb ontbreekt / missing" } as never,
      };
    const lang = await this.language(context);
    const outcome = await this.turn(context, incoming);
    const answer = invokeAnswer(incoming.kind === "action" ? incoming.verb : "", outcome, lang);
    await this.send(context, answer.rest);
    return answer.response;
  }

  /** A Teams invoke without a name, or one this bot does not know, is a malformed request: 400. */
  protected override async onInvokeActivity(context: TurnContext): Promise<InvokeResponse> {
    const name = context.activity.name;
    if (!name)
      return { status: 400, body: { message_nl: "Invoke zonder naam.", message_en: "Invoke without a name." } };
    const response = await super.onInvokeActivity(context);
    if (response.status === 501)
      return {
        status: 400,
        body: { message_nl: `Onbekende invoke '${name}'.`, message_en: `Unknown invoke '${name}'.` },
      };
    return response;
  }

  /** The message extension opens its dialog: dispatched by the manifest's commandId. */
  protected override async handleTeamsMessagingExtensionFetchTask(
    context: TurnContext,
    action: MessagingExtensionAction,
  ): Promise<MessagingExtensionActionResponse> {
    if (action?.commandId !== SNELCHECK_COMMAND) return this.unknownCommand(context, action?.commandId);
    return this.dialog(context, await this.turn(context, { kind: "action", verb: "snelcheck.open", data: {} }));
  }

  /** The dialog's form was submitted; validation errors are shown in the dialog, on the form. */
  protected override async handleTeamsMessagingExtensionSubmitAction(
    context: TurnContext,
    action: MessagingExtensionAction,
  ): Promise<MessagingExtensionActionResponse> {
    if (action?.commandId !== SNELCHECK_COMMAND) return this.unknownCommand(context, action?.commandId);
    const data =
      action.data && typeof action.data === "object" && !Array.isArray(action.data)
        ? (action.data as Record<string, unknown>)
        : undefined;
    if (!data) throw new Error("BadRequest"); // TeamsActivityHandler answers 400
    return this.dialog(context, await this.turn(context, { kind: "action", verb: "snelcheck.submit", data }));
  }

  /**
   * Search message extension: the caller's own cases and signals by kenmerk or name. The
   * inserted card carries no personal data (it may land in a group chat); the tab shows the rest.
   */
  protected override async handleTeamsMessagingExtensionQuery(
    context: TurnContext,
    query: MessagingExtensionQuery,
  ): Promise<MessagingExtensionResponse> {
    const lang = await this.language(context);
    if (query?.commandId !== SEARCH_COMMAND)
      return {
        composeExtension: {
          type: "message",
          text: msg(lang, "bot.dialogCommandUnknown", { commandId: String(query?.commandId ?? "") }),
        },
      };
    const who = await this.identify(context);
    if (!who.ok)
      return {
        composeExtension: {
          type: "message",
          text: who.replies.map((r) => (r.kind === "text" ? r.text : "")).join("\n"),
        },
      };
    const raw = query.parameters?.find((p) => p.name !== "initialRun")?.value;
    const term = typeof raw === "string" ? raw.slice(0, 100) : "";
    const control = findControlCharacter(term, "zoekterm");
    if (control)
      return {
        composeExtension: {
          type: "message",
          text: msg(lang, "bot.controlCharacter", { field: control.field, codePoint: control.codePoint }),
        },
      };
    const hits = matchRecords(await ownRecords(who.caseworker, this.deps), term);
    this.deps.logger.info(
      { correlationId: context.turnState.get("correlationId"), results: hits.length },
      "message extension search",
    );
    if (hits.length === 0)
      return { composeExtension: { type: "message", text: msg(lang, "recordLink.none", { query: term }) } };
    return {
      composeExtension: {
        type: "result",
        attachmentLayout: "list",
        attachments: hits.map((h) => this.attachment(h, lang)),
      },
    };
  }

  /** A pasted tab link unfurls to the same card, only for a record the caller may see. */
  protected override async handleTeamsAppBasedLinkQuery(
    context: TurnContext,
    query: AppBasedLinkQuery,
  ): Promise<MessagingExtensionResponse> {
    const lang = await this.language(context);
    const target = recordOfLink(String(query?.url ?? ""));
    const who = await this.identify(context);
    if (!target || !who.ok) return { composeExtension: { type: "result", attachmentLayout: "list", attachments: [] } };
    const hit = (await ownRecords(who.caseworker, this.deps)).find((h) => h.kind === target.kind && h.id === target.id);
    return {
      composeExtension: {
        type: "result",
        attachmentLayout: "list",
        attachments: hit ? [this.attachment(hit, lang)] : [],
      },
    };
  }

  private attachment(hit: RecordHit, lang: Language) {
    const { card, preview } = searchAttachment(hit, lang, this.deps.links ?? {});
    return { ...CardFactory.adaptiveCard(card), preview: CardFactory.thumbnailCard(preview.title, preview.text) };
  }

  private async unknownCommand(context: TurnContext, commandId: unknown): Promise<MessagingExtensionActionResponse> {
    const lang = await this.language(context);
    return {
      task: { type: "message", value: msg(lang, "bot.dialogCommandUnknown", { commandId: String(commandId ?? "") }) },
    };
  }

  /** Dialogs run Action.Submit, not Action.Execute, so the card is translated for them. */
  private async dialog(context: TurnContext, outcome: TurnOutcome): Promise<MessagingExtensionActionResponse> {
    const lang = await this.language(context);
    const cardReply = outcome.replies.findLast((r) => r.kind === "card");
    const texts = outcome.replies.flatMap((r) => (r.kind === "text" ? [r.text] : []));
    if (cardReply?.kind !== "card")
      return { task: { type: "message", value: texts.join("\n") || msg(lang, "bot.unknownCommand") } };
    // Texts beside the card (validation errors) are put on the card itself: a dialog shows one card.
    const shown = texts.length
      ? {
          ...cardReply.card,
          body: [
            { type: "TextBlock", text: texts.join("\n"), wrap: true, color: "attention", weight: "bolder" },
            ...cardReply.card.body,
          ],
        }
      : cardReply.card;
    return {
      task: {
        type: "continue",
        value: {
          title: "Snelcheck",
          width: "medium",
          height: "large",
          card: CardFactory.adaptiveCard(translateExecute(shown as unknown as Json) as object),
        },
      },
    };
  }

  private async welcome(context: TurnContext): Promise<void> {
    const who = await this.identify(context);
    if (!who.ok) {
      await this.send(context, who.replies);
      return;
    }
    await this.remember(context, who);
    const lang = await this.language(context);
    await context.sendActivity(msg(lang, "bot.welcome"));
  }

  private async remember(context: TurnContext, who: { caseworker: Caseworker; tenant: string }): Promise<void> {
    await this.deps.ports.saveConversationReference(
      who.caseworker,
      who.tenant,
      TurnContext.getConversationReference(context.activity),
    );
  }

  private async language(context: TurnContext): Promise<Language> {
    const stored = UserDataSchema.safeParse((await this.userData.get(context, { lang: "nl" })) ?? { lang: "nl" });
    return stored.success ? stored.data.lang : "nl";
  }

  /** Tenant check first, then the member; an Agents Playground default identity is told what to do. */
  private async identify(context: TurnContext): Promise<Identified> {
    const lang = await this.language(context);
    const log = this.deps.logger.child({ correlationId: String(context.turnState.get("correlationId")) });
    const tenant = tenantOf(context);
    const hint = identityHint(context.activity.from?.id, tenant);
    if (!tenant || !this.deps.allowedTenants.includes(tenant)) {
      log.warn({ tenantKnown: Boolean(tenant) }, "tenant not allowed");
      return { ok: false, replies: [text(msg(lang, hint ? "bot.playgroundIdentity" : "bot.tenantNotAllowed"))] };
    }
    const from = context.activity.from;
    const caseworker = from?.id ? await this.deps.ports.findCaseworker(from.id, from.aadObjectId, tenant) : undefined;
    if (!caseworker) {
      log.info("unknown user");
      return { ok: false, replies: [text(msg(lang, hint ? "bot.playgroundIdentity" : "bot.unknownUser"))] };
    }
    return { ok: true, caseworker, tenant };
  }

  private async turn(context: TurnContext, incoming: Incoming): Promise<TurnOutcome> {
    const correlationId = String(context.turnState.get("correlationId"));
    const log = this.deps.logger.child({ correlationId });
    const lang = await this.language(context);
    try {
      // Refused before anything is read or stored (Postgres refuses NUL in text), naming the field.
      const control =
        incoming.kind === "text" ? findControlCharacter(incoming.text, "text") : findControlCharacter(incoming.data);
      if (control)
        return {
          replies: [text(msg(lang, "bot.controlCharacter", { field: control.field, codePoint: control.codePoint }))],
        };
      const who = await this.identify(context);
      if (!who.ok) return { replies: who.replies };
      const { caseworker } = who;
      await this.remember(context, who);
      // Only this caseworker's own intake, whoever else talks in this conversation.
      // Unreadable state (e.g. from an older version) is dropped, never a crash.
      const stored = await this.conversationData.get(context, { byMember: {} });
      // Paused intakes are the caseworker's, not the chat's: listed and resumed from any chat.
      const storage = this.deps.ports.storage;
      const indexed = await readVersionedPausedIndex(storage, caseworker.id);
      let paused = indexed.index;
      let conversation: ConversationData = ownCopy(ownPart(stored, caseworker.id), paused);
      const before = conversation.intake;
      const resumeId =
        incoming.kind === "action" && incoming.verb === VERBS.intakeResume ? incoming.data["intakeId"] : undefined;
      const taken = typeof resumeId === "string" ? takeOver(conversation, paused, resumeId) : undefined;
      if (taken) ({ conversation, index: paused } = taken);
      const scope: TurnScope = {
        caseworker,
        lang,
        today: dutchToday(this.deps.clock?.() ?? new Date()),
        ports: this.deps.ports,
        conversation,
        setLanguage: async (value: Language) => this.userData.set(context, { lang: value }),
        correlationId,
        ...(this.deps.signals ? { signals: this.deps.signals } : {}),
        chat: this.chatOf(context, who),
        ...(this.deps.cases ? { cases: this.deps.cases } : {}),
        pausedIntakes: pausedIntakesOf(paused, conversation),
      };
      const result = await route(incoming, scope);
      // Set only on a real change: the stored document comes back from jsonb with its keys in
      // another order, so botbuilder's own comparison (JSON text) would write every turn.
      const next = withOwnPart(stored, caseworker.id, conversation, result.conversation);
      if (!isDeepStrictEqual(stored, next)) await this.conversationData.set(context, next);
      // This turn's change to the caseworker's paused list, as a function of the list: another
      // chat may write it meanwhile, and then the change is applied again to what it wrote.
      const change = (index: PausedIndex) =>
        afterTurn(
          typeof resumeId === "string" && taken ? takeOverIndex(index, before, resumeId) : index,
          conversation.intake,
          result.conversation.intake,
        );
      const saved = await updatePausedIndex(storage, caseworker.id, change, indexed);
      if (!saved.written)
        log.warn(
          { caseworker: caseworker.id, attempts: saved.attempts },
          "paused list changed by other chats on every attempt; this turn's change not listed",
        );
      log.info({ caseworker: caseworker.id, input: incoming.kind === "action" ? incoming.verb : "text" }, "turn");
      return { replies: result.replies, conversation: result.conversation };
    } catch (error) {
      if (isDomainError(error)) return { replies: [text(lang === "nl" ? error.message_nl : error.message_en)] };
      log.error({ err: error }, "turn failed");
      return { replies: [text(msg(lang, "bot.turnError", { correlationId }))] };
    }
  }

  private chatOf(
    context: TurnContext,
    who: { caseworker: Caseworker; tenant: string },
  ): NonNullable<TurnScope["chat"]> {
    const channel = (context.activity.channelData as { channel?: { id?: unknown } } | undefined)?.channel?.id;
    const teamsChannelId = typeof channel === "string" && channel ? channel : undefined;
    return {
      type: context.activity.conversation?.conversationType ?? "personal",
      ...(teamsChannelId ? { teamsChannelId } : {}),
      configure: async (on: boolean) => {
        if (!teamsChannelId) return;
        await this.deps.ports.configureChannel(
          who.caseworker,
          who.tenant,
          TurnContext.getConversationReference(context.activity),
          teamsChannelId,
          on,
        );
      },
    };
  }

  private async send(context: TurnContext, replies: readonly Reply[]): Promise<void> {
    for (const reply of replies) {
      if (reply.kind === "text") await context.sendActivity(MessageFactory.text(reply.text));
      else await context.sendActivity(MessageFactory.attachment(CardFactory.adaptiveCard(reply.card)));
    }
  }
}

export type { Caseworker };
