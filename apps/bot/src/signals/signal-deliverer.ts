import { CardFactory, MessageFactory } from "botbuilder";
import { PartyRoleSchema, type Language } from "@convenantbot/domain";
import { msg } from "@convenantbot/cards";
import {
  PermanentDeliveryError,
  UnreachableDeliveryError,
  type BatchHooks,
  type OutboxDelivery,
  type Store,
  type StoredConversationReference,
  type StoredSignal,
} from "@convenantbot/store";
import type { Logger } from "../logger.js";
import type { ConvenantAdapter } from "../adapter.js";
import { connectorStatusOf, type Chat } from "../connector/proactive-connector.js";
import type { SignalPresenter } from "./signal-presenter.js";
import { SIGNAL_CARD_DELIVERY } from "./signal-service.js";
import { SIGNAL_ESCALATION_DELIVERY } from "../maintenance/escalate-overdue.js";
import { DeliveryScope } from "./delivery-scope.js";
import { notifySafely, type ActivityEvent, type Notify } from "../graph/reach-outbox.js";

/** Tells the sender (and its party's coordinators) that a recipient party cannot be reached. */
export const DELIVERY_UNREACHABLE_NOTICE = "teams.delivery_unreachable";

/** `notify`: the Teams activity feed (Graph), when it is on. */
type Deps = {
  adapter: ConvenantAdapter;
  appId: string;
  store: Store;
  presenter: SignalPresenter;
  logger: Logger;
  notify?: Notify;
};

/** A deliverer with optional per-batch hooks for the outbox worker (`OutboxWorkerOptions.batch`). */
export type Deliverer = ((delivery: OutboxDelivery) => Promise<void>) & { batch?: BatchHooks };

/**
 * Delivers a signal card to the personal chat of every member of a party (each in their
 * own language), or updates the copy it posted before, so a person never sees two cards for
 * one signal. Outcomes, so nothing is dropped silently:
 * - at least one chat reached: delivered (a chat where the app was removed, 403/404, is
 *   recorded on its reference);
 * - another connector failure (5xx, timeout): recorded on the reference and thrown, so the
 *   outbox retries with backoff; the sender's card shows "being retried";
 * - nobody reached (no member has a personal chat, or the app was removed everywhere):
 *   parked as unreachable ("onbereikbaar"), the sender and its coordinators are told, and
 *   it is delivered when a member of the party becomes reachable (outbox.wakeUnreachable).
 */
export function createSignalDeliverer(deps: Deps): Deliverer {
  // The outbox worker delivers one batch at a time: its scope lives from prepare to settle.
  let batchScope: DeliveryScope | undefined;
  const deliver: Deliverer = async (delivery) => {
    if (batchScope) return deliverSignal(deps, batchScope, delivery);
    // Outside a batch (a direct call): a scope of its own, written even when the delivery fails.
    const scope = new DeliveryScope(deps.store);
    try {
      await deliverSignal(deps, scope, delivery);
    } finally {
      await scope.flush();
    }
  };
  deliver.batch = {
    prepare: async (batch) => {
      batchScope = new DeliveryScope(deps.store);
      await batchScope.preload(
        batch.filter((d) => d.kind === SIGNAL_CARD_DELIVERY || d.kind === SIGNAL_ESCALATION_DELIVERY),
      );
    },
    settle: async () => {
      const scope = batchScope;
      batchScope = undefined;
      await scope?.flush();
    },
  };
  return deliver;
}

async function deliverSignal(deps: Deps, scope: DeliveryScope, delivery: OutboxDelivery): Promise<void> {
  if (delivery.kind === DELIVERY_UNREACHABLE_NOTICE) return deliverNotice(deps, scope, delivery);
  const escalation = delivery.kind === SIGNAL_ESCALATION_DELIVERY;
  if (delivery.kind !== SIGNAL_CARD_DELIVERY && !escalation)
    throw new PermanentDeliveryError(`unknown delivery kind ${delivery.kind}`);
  const signalId = delivery.recordId;
  if (!signalId) throw new PermanentDeliveryError("delivery without a signal");
  // Two deliveries of one signal in a batch (a card and its refresh) run one after the other,
  // so the second updates the card the first posted instead of posting a twin.
  return scope.serial(signalId, () => deliverCard(deps, scope, delivery, signalId, escalation));
}

async function deliverCard(
  deps: Deps,
  scope: DeliveryScope,
  delivery: OutboxDelivery,
  signalId: string,
  escalation: boolean,
): Promise<void> {
  const { store } = deps;
  const partyId = String(delivery.payload["partyId"] ?? delivery.target);
  const stored = await scope.signal(signalId);
  if (!stored) return; // purged by retention meanwhile: nothing left to show
  const party = await scope.party(partyId);
  if (!party) throw new PermanentDeliveryError(`unknown party ${partyId}`);
  const viewer = { partyId, role: PartyRoleSchema.parse(party.role) };
  // One card per language for this delivery (built for the check, reused for the chats).
  const cards = new Map<Language, ReturnType<SignalPresenter["cardFor"]>>();
  const cardIn = (lang: Language) => {
    let card = cards.get(lang);
    if (!card)
      cards.set(
        lang,
        (card = deps.presenter.cardFor(stored, viewer, lang, { membersOf: (id) => scope.membersOf(id) })),
      );
    return card;
  };
  if (!(await cardIn("nl"))) return; // no longer involved (forwarded away): its old card stays
  const posted = await scope.postedCards(signalId);
  // Personal chats of the party's members only (escalations: its coordinators, with the
  // reason first, as a new message): a card with a tenant's data never lands in a group
  // chat or channel where people of other organisations read along.
  const refs = await scope.personalForParty(partyId, escalation);
  // News for the activity feed: a new card (received, or forwarded to a party that was not a
  // first recipient), the card of a party a forward made owner (it may hold a card already:
  // KW's regiehouder gets the landlord's signal and then the Meldpunt's lifecycle), and an
  // escalation to the coordinators. Other updates are not news.
  const news: ActivityEvent[] = [];
  const forwardedHere = delivery.payload["forwarded"] === true;
  const forwarded = forwardedHere || !stored.recipientPartyIds.includes(partyId);
  const event = (activityType: ActivityEvent["activityType"], memberId: string, lang: Language): ActivityEvent => ({
    activityType,
    record: { kind: "signal", id: signalId },
    kenmerk: stored.kenmerk ?? signalId.slice(0, 8),
    type: msg(lang, `signal.type.${stored.type}` as never),
    memberId,
    lang,
  });
  const outcome = await eachReference(deps, scope, delivery, refs, async (chat, ref, lang) => {
    const card = await cardIn(lang);
    if (!card) return;
    const activity = MessageFactory.attachment(CardFactory.adaptiveCard(card));
    const existing = escalation ? undefined : posted.get(ref.id);
    if (escalation) {
      const reason = delivery.payload[lang === "en" ? "reason_en" : "reason_nl"] ?? delivery.payload["reason_nl"];
      await chat.post(`⚠️ ${String(reason ?? (lang === "en" ? "Term lapsed." : "Termijn verstreken."))}`);
    }
    if (existing) {
      await chat.update(existing, activity);
      if (forwardedHere && ref.memberId) news.push(event("signalForwarded", ref.memberId, lang));
    } else {
      const sentId = await chat.post({ ...activity, channelData: { deliveryId: delivery.id } });
      if (sentId && !escalation) await scope.recordCard(signalId, ref.id, sentId);
      if (sentId && ref.memberId)
        news.push(
          event(escalation ? "signalEscalated" : forwarded ? "signalForwarded" : "signalReceived", ref.memberId, lang),
        );
    }
  });
  await notifySafely(deps, delivery, news);
  if (!escalation && delivery.payload["refresh"] !== true)
    await noticeChannels(deps, scope, delivery, stored, partyId, posted);
  if (outcome.failure) throw outcome.failure;
  if (outcome.reached > 0) return;
  // Nobody reached. The first time a new card is parked, the sender is told; a refresh or
  // escalation of a signal already known to be unreachable is parked without a new notice.
  const before = await store.outbox.get(delivery.id);
  const firstTime = !before?.lastError?.startsWith(UnreachableDeliveryError.name);
  if (firstTime && !escalation && delivery.payload["refresh"] !== true) {
    await store.outbox.enqueue(
      [
        {
          kind: DELIVERY_UNREACHABLE_NOTICE,
          target: stored.senderPartyId,
          payload: {
            partyId: stored.senderPartyId,
            unreachablePartyId: partyId,
            ...(typeof delivery.payload["senderMemberId"] === "string"
              ? { senderMemberId: delivery.payload["senderMemberId"] }
              : {}),
          },
        },
      ],
      { type: "signal", id: signalId },
    );
  }
  deps.logger.warn(
    { deliveryId: delivery.id, partyId, chats: refs.length },
    "signal card unreachable: parked until a member is reachable",
  );
  throw new UnreachableDeliveryError(
    refs.length === 0
      ? `onbereikbaar: geen lid van ${partyId} met een persoonlijk gesprek`
      : `onbereikbaar: app verwijderd uit elk persoonlijk gesprek van ${partyId}`,
  );
}

/**
 * Runs `send` in each chat. 403/404 (app removed, chat gone) is recorded and skipped; any
 * other failure is recorded on the reference and returned, after the other chats were tried.
 */
async function eachReference(
  deps: Deps,
  scope: DeliveryScope,
  delivery: OutboxDelivery,
  refs: readonly StoredConversationReference[],
  send: (chat: Chat, ref: StoredConversationReference, lang: Language) => Promise<void>,
): Promise<{ reached: number; failure?: unknown }> {
  let reached = 0;
  let failure: unknown;
  for (const ref of refs) {
    const lang = await scope.languageOf(ref);
    try {
      await send(deps.adapter.proactive.chat(deps.appId, ref.reference), ref, lang);
      scope.recordSuccess(ref.id);
      reached += 1;
    } catch (error) {
      const status = connectorStatusOf(error);
      if (status === 403 || status === 404) {
        await scope.recordError(ref.id, `HTTP ${status}: app verwijderd of gesprek bestaat niet meer`);
        deps.logger.warn(
          { deliveryId: delivery.id, conversationReference: ref.id, status },
          "not deliverable to this chat",
        );
        continue;
      }
      // Kept on the reference (operators see which chat fails) and retried by the outbox.
      await scope.recordError(
        ref.id,
        status
          ? `HTTP ${status}: connector weigerde, wordt opnieuw geprobeerd`
          : "connector onbereikbaar, wordt opnieuw geprobeerd",
      );
      deps.logger.warn(
        { deliveryId: delivery.id, conversationReference: ref.id, status, attempt: delivery.attempts },
        "connector failed; retried with backoff",
      );
      failure ??= error;
    }
  }
  return failure === undefined ? { reached } : { reached, failure };
}

/**
 * The team channels the party configured get a redacted notice of a new signal: its type,
 * recipient and short kenmerk, never a tenant's data. Posted once (recorded like a card).
 */
async function noticeChannels(
  deps: Deps,
  scope: DeliveryScope,
  delivery: OutboxDelivery,
  stored: StoredSignal,
  partyId: string,
  posted: Map<string, string>,
): Promise<void> {
  const channels = (await scope.channelsForParty(partyId)).filter((c) => !posted.has(c.id));
  if (channels.length === 0) return;
  const party = await deps.presenter.partyName(partyId);
  const type = msg("nl", `signal.type.${stored.type}` as never);
  const outcome = await eachReference(deps, scope, delivery, channels, async (chat, ref) => {
    const sentId = await chat.post(msg("nl", "channel.signalNotice", { type, party, id: stored.id.slice(0, 8) }));
    if (sentId) await scope.recordCard(stored.id, ref.id, sentId);
  });
  if (outcome.failure)
    deps.logger.warn({ deliveryId: delivery.id }, "channel notice failed; the personal delivery goes on");
}

/** "Onbereikbaar" to the sender member and the sender party's coordinators, each in their language. */
async function deliverNotice(deps: Deps, scope: DeliveryScope, delivery: OutboxDelivery): Promise<void> {
  const { store, presenter } = deps;
  const senderPartyId = String(delivery.payload["partyId"] ?? delivery.target);
  const unreachablePartyId = String(delivery.payload["unreachablePartyId"] ?? "");
  const signal = delivery.recordId ? await store.signals.get(delivery.recordId) : undefined;
  if (!signal) return;
  const senderMemberId =
    typeof delivery.payload["senderMemberId"] === "string" ? delivery.payload["senderMemberId"] : undefined;
  const coordinators = await store.conversations.personalForParty(senderPartyId, { coordinatorsOnly: true });
  const sender = senderMemberId
    ? await store.conversations.personalForParty(senderPartyId, { memberIds: [senderMemberId] })
    : [];
  const refs = [...new Map([...sender, ...coordinators].map((r) => [r.id, r])).values()];
  const party = await presenter.partyName(unreachablePartyId);
  const outcome = await eachReference(deps, scope, delivery, refs, async (chat, _ref, lang) => {
    const type = msg(lang, `signal.type.${signal.type}` as never);
    await chat.post(msg(lang, "delivery.unreachable", { id: signal.id.slice(0, 8), type, party }));
  });
  if (outcome.failure) throw outcome.failure;
  // Nobody of the sender reachable either: the sender's system reads the status from the
  // API and the tab (GET /api/signals/{id}); the notice itself is not parked.
}
