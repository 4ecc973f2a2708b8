import { CardFactory, MessageFactory, type CloudAdapter } from "botbuilder";
import { PartyRoleSchema } from "@convenantbot/domain";
import { PermanentDeliveryError, type OutboxDelivery, type Store } from "@convenantbot/store";
import type { Logger } from "../logger.js";
import type { SignalPresenter } from "./signal-presenter.js";
import { SIGNAL_CARD_DELIVERY } from "./signal-service.js";
import { SIGNAL_ESCALATION_DELIVERY } from "../maintenance/escalate-overdue.js";

function statusOf(error: unknown): number | undefined {
  const e = error as { statusCode?: unknown; status?: unknown } | undefined;
  const code = e?.statusCode ?? e?.status;
  return typeof code === "number" ? code : undefined;
}

/**
 * Delivers a signal card to the personal chat of every member of a party, or
 * updates the copy it posted before, so a person never sees two cards for one signal.
 * A chat where the app was removed (403/404) is recorded on its reference and skipped;
 * other failures throw so the outbox retries with backoff.
 */
export function createSignalDeliverer(deps: { adapter: CloudAdapter; appId: string; store: Store; presenter: SignalPresenter; logger: Logger }) {
  const { adapter, appId, store, presenter, logger } = deps;
  return async (delivery: OutboxDelivery): Promise<void> => {
    const escalation = delivery.kind === SIGNAL_ESCALATION_DELIVERY;
    if (delivery.kind !== SIGNAL_CARD_DELIVERY && !escalation) throw new PermanentDeliveryError(`unknown delivery kind ${delivery.kind}`);
    const partyId = String(delivery.payload["partyId"] ?? delivery.target);
    const signalId = delivery.recordId;
    if (!signalId) throw new PermanentDeliveryError("delivery without a signal");
    const stored = await store.signals.get(signalId);
    if (!stored) return; // purged by retention meanwhile: nothing left to show
    const party = await store.parties.get(partyId);
    if (!party) throw new PermanentDeliveryError(`unknown party ${partyId}`);
    const card = await presenter.cardFor(stored, { partyId, role: PartyRoleSchema.parse(party.role) }, "nl");
    if (!card) return; // no longer involved (forwarded away): its old card stays as it was
    const posted = new Map((await store.signals.cards(signalId)).map((c) => [c.conversationReferenceId, c.activityId]));
    // Personal chats of the party's members only (escalations: its coordinators, with the
    // reason first, as a new message): a card with a tenant's data never lands in a group
    // chat or channel where people of other organisations read along.
    const refs = await store.conversations.personalForParty(partyId, { coordinatorsOnly: escalation });
    for (const ref of refs) {
      try {
        await adapter.continueConversationAsync(appId, ref.reference, async (context) => {
          const activity = MessageFactory.attachment(CardFactory.adaptiveCard(card));
          const existing = escalation ? undefined : posted.get(ref.id);
          if (escalation) await context.sendActivity(`⚠️ ${String(delivery.payload["reason_nl"] ?? "Termijn verstreken.")}`);
          if (existing) {
            await context.updateActivity({ ...activity, id: existing });
          } else {
            const sent = await context.sendActivity({ ...activity, channelData: { deliveryId: delivery.id } });
            if (sent?.id && !escalation) await store.signals.recordCard(signalId, ref.id, sent.id);
          }
        });
        await store.conversations.recordSuccess(ref.id);
      } catch (error) {
        const status = statusOf(error);
        if (status === 403 || status === 404) {
          // The app was removed from that chat: surface it on the reference, keep delivering elsewhere.
          await store.conversations.recordError(ref.id, `HTTP ${status}: app verwijderd of gesprek bestaat niet meer`);
          logger.warn({ deliveryId: delivery.id, conversationReference: ref.id, status }, "signal card not deliverable to this chat");
          continue;
        }
        throw error;
      }
    }
  };
}
