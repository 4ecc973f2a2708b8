import { CardFactory, MessageFactory } from "botbuilder";
import { deriveCaseState, latestRulebookVersion, PartyRoleSchema, type Language } from "@convenantbot/domain";
import type { AdaptiveCard } from "@convenantbot/cards";
import { PermanentDeliveryError, UnreachableDeliveryError, type OutboxDelivery, type Store } from "@convenantbot/store";
import type { Logger } from "../logger.js";
import type { ConvenantAdapter } from "../adapter.js";
import { connectorStatusOf } from "../connector/proactive-connector.js";
import type { CasePresenter } from "./case-presenter.js";
import { CASE_CARD_DELIVERY } from "./case-service.js";
import { languageOf } from "../signals/recipient-language.js";
import { personalChatsFor } from "./personal-chats.js";
import { notifySafely, type ActivityEvent, type Notify } from "../graph/reach-outbox.js";

/**
 * Delivers a case card to the personal chats of a party (or of the colleague it assigned the
 * case to), in each person's language, or updates the copy posted before, so each person has
 * one live card per case.
 * A chat where the app was removed (403/404) is recorded and skipped; other failures throw so
 * the outbox retries with backoff.
 */
export function createCaseDeliverer(deps: {
  adapter: ConvenantAdapter;
  appId: string;
  store: Store;
  presenter: CasePresenter;
  logger: Logger;
  notify?: Notify;
}) {
  const { adapter, appId, store, presenter, logger } = deps;
  return async (delivery: OutboxDelivery): Promise<void> => {
    if (delivery.kind !== CASE_CARD_DELIVERY)
      throw new PermanentDeliveryError(`unknown delivery kind ${delivery.kind}`);
    const partyId = String(delivery.payload["partyId"] ?? delivery.target);
    const aanmeldingId = delivery.recordId;
    if (!aanmeldingId) throw new PermanentDeliveryError("delivery without a case");
    const stored = await store.cases.get(aanmeldingId);
    if (!stored || stored.history.length === 0 || stored.aanmelding.pseudonymisedAt) return; // purged meanwhile
    const party = await store.parties.get(partyId);
    if (!party) throw new PermanentDeliveryError(`unknown party ${partyId}`);
    const viewer = { partyId, role: PartyRoleSchema.parse(party.role) };
    // One card per language (each person reads it in the language they chose), built once.
    const cards = new Map<Language, Promise<AdaptiveCard | undefined>>();
    const cardIn = (lang: Language) => {
      if (!cards.has(lang)) cards.set(lang, presenter.cardFor(stored, viewer, lang));
      return cards.get(lang)!;
    };
    if (!(await cardIn("nl"))) return; // no part in the case (any more)
    const assignee = deriveCaseState(stored.history).assignees[partyId]?.memberId;
    const posted = new Map(
      (await store.cases.cards(aanmeldingId)).map((c) => [c.conversationReferenceId, c.activityId]),
    );
    const chats = await personalChatsFor(store, partyId, assignee);
    // Nobody of the party has a personal chat yet: parked as "onbereikbaar", delivered when one talks to the bot.
    if (chats.length === 0)
      throw new UnreachableDeliveryError(`no personal chat of party ${partyId} for the case card`);
    // Activity feed news: a new case for a receiving party's member, or the case just assigned
    // to this named colleague (the last history line is that assignment).
    const last = stored.history.at(-1);
    const justAssigned =
      last?.action === "toewijzen" && last.actorPartyId === partyId && last.details["assigneeMemberId"] === assignee;
    const kenmerk = stored.aanmelding.kenmerk ?? aanmeldingId.slice(0, 8);
    const news: ActivityEvent[] = [];
    for (const ref of chats) {
      const lang = await languageOf(store, ref);
      const card = (await cardIn(lang))!;
      const fresh = !posted.has(ref.id);
      try {
        // A refused call throws here (the outbox retries it); inside continueConversationAsync it
        // went to onTurnError and the card counted as delivered.
        const chat = adapter.proactive.chat(appId, ref.reference);
        const activity = MessageFactory.attachment(CardFactory.adaptiveCard(card));
        const existing = posted.get(ref.id);
        if (existing) await chat.update(existing, activity);
        else {
          const sentId = await chat.post({ ...activity, channelData: { deliveryId: delivery.id } });
          if (sentId) await store.cases.recordCard(aanmeldingId, ref.id, sentId);
        }
        await store.conversations.recordSuccess(ref.id);
        const activityType =
          justAssigned && ref.memberId === assignee
            ? "caseAssigned"
            : fresh && partyId !== stored.senderPartyId
              ? "caseReceived"
              : undefined;
        if (activityType && ref.memberId)
          news.push({
            activityType,
            record: { kind: "case", id: aanmeldingId },
            kenmerk,
            type: rulebookName(stored.aanmelding.rulebook, lang),
            memberId: ref.memberId,
            lang,
          });
      } catch (error) {
        const status = connectorStatusOf(error);
        if (status === 403 || status === 404) {
          await store.conversations.recordError(ref.id, `HTTP ${status}: app verwijderd of gesprek bestaat niet meer`);
          logger.warn(
            { deliveryId: delivery.id, conversationReference: ref.id, status },
            "case card not deliverable to this chat",
          );
          continue;
        }
        throw error;
      }
    }
    await notifySafely(deps, delivery, news);
  };
}

/** The rulebook's title in `lang` (no personal data): what kind of aanmelding it is. */
function rulebookName(rulebookId: string, lang: Language): string {
  const title = latestRulebookVersion(rulebookId)?.title ?? rulebookId;
  return typeof title === "string" ? title : title[lang];
}
