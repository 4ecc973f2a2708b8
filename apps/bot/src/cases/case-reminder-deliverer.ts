import { MessageFactory } from "botbuilder";
import { deriveCaseState } from "@convenantbot/domain";
import {
  PermanentDeliveryError,
  UnreachableDeliveryError,
  type OutboxDelivery,
  type Store,
  type StoredConversationReference,
} from "@convenantbot/store";
import type { Logger } from "../logger.js";
import type { ConvenantAdapter } from "../adapter.js";
import { connectorStatusOf } from "../connector/proactive-connector.js";
import { CASE_REMINDER_DELIVERY } from "../maintenance/case-reminders.js";
import { languageOf } from "../signals/recipient-language.js";
import { CaseReminderPayloadSchema, caseReminderText } from "./case-reminder-text.js";
import { personalChatsFor } from "./personal-chats.js";
import { notifySafely, type ActivityEvent, type Notify } from "../graph/reach-outbox.js";

/**
 * A case reminder to its owner (the colleague the party assigned the case to, else the party's
 * personal chats) or an escalation to the party's coordinators. ASSUMED: a party without a
 * reachable coordinator gets the escalation in its members' personal chats (never dropped);
 * nobody reachable parks it as unreachable until a member talks to the bot. Each person reads
 * it in the language they chose.
 */
export function createCaseReminderDeliverer(deps: {
  adapter: ConvenantAdapter;
  appId: string;
  store: Store;
  logger: Logger;
  notify?: Notify;
}) {
  const { adapter, appId, store, logger } = deps;
  return async (delivery: OutboxDelivery): Promise<void> => {
    if (delivery.kind !== CASE_REMINDER_DELIVERY)
      throw new PermanentDeliveryError(`unknown delivery kind ${delivery.kind}`);
    const partyId = String(delivery.payload["partyId"] ?? delivery.target);
    const aanmeldingId = delivery.recordId;
    if (!aanmeldingId) throw new PermanentDeliveryError("reminder without a case");
    const stored = await store.cases.get(aanmeldingId);
    if (!stored || stored.history.length === 0 || stored.aanmelding.pseudonymisedAt) return; // purged meanwhile
    const assignee = deriveCaseState(stored.history).assignees[partyId]?.memberId;
    let refs: StoredConversationReference[] = [];
    if (delivery.payload["to"] === "coordinator")
      refs = await store.conversations.personalForParty(partyId, { coordinatorsOnly: true });
    if (refs.length === 0) refs = await personalChatsFor(store, partyId, assignee);
    if (refs.length === 0)
      throw new UnreachableDeliveryError(`no personal chat of party ${partyId} for the case reminder`);
    const parsed = CaseReminderPayloadSchema.safeParse(delivery.payload);
    if (!parsed.success) throw new PermanentDeliveryError("case reminder with an unreadable payload");
    const news: ActivityEvent[] = [];
    for (const ref of refs) {
      // Each person in the language they chose ("taal en"), like signal cards.
      const lang = await languageOf(store, ref);
      const text = caseReminderText(parsed.data, lang);
      try {
        await adapter.proactive
          .chat(appId, ref.reference)
          .post({ ...MessageFactory.text(text), channelData: { deliveryId: delivery.id } });
        await store.conversations.recordSuccess(ref.id);
        // News for the activity feed: a term nearly due for its owner, an escalation for the
        // coordinator (or whoever the ASSUMED fallback above reached).
        const { action, kenmerk } = parsed.data;
        if (action && ref.memberId) {
          const type = (lang === "en" ? parsed.data.title_en : parsed.data.title_nl) ?? parsed.data.article ?? "";
          news.push({
            activityType: action === "herinnering" ? "termNearlyDue" : "caseEscalated",
            record: { kind: "case", id: aanmeldingId },
            kenmerk: kenmerk ?? aanmeldingId.slice(0, 8),
            type,
            memberId: ref.memberId,
            lang,
          });
        }
      } catch (error) {
        const status = connectorStatusOf(error);
        if (status === 403 || status === 404) {
          await store.conversations.recordError(ref.id, `HTTP ${status}: app verwijderd of gesprek bestaat niet meer`);
          logger.warn(
            { deliveryId: delivery.id, conversationReference: ref.id, status },
            "case reminder not deliverable to this chat",
          );
          continue;
        }
        throw error;
      }
    }
    await notifySafely(deps, delivery, news);
  };
}
