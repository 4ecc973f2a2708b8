import {
  caseReminderEntry,
  dueCaseReminders,
  dutchDateOf,
  rulebookVersionOf,
  type CaseHistoryEntry,
} from "@convenantbot/domain";
import { isStoreError, type Store } from "@convenantbot/store";
import { CASE_CARD_DELIVERY } from "../cases/case-service.js";
import { caseReminderPayload } from "../cases/case-reminder-text.js";

export const CASE_REMINDER_DELIVERY = "teams.case_reminder";
/** Bounded per sweep: the rest waits for the next run (the keys keep every line single). */
const MAX_CASES = 1000;

/**
 * The reminders before a case's term lapses and the escalations after (domain:
 * dueCaseReminders), each written once into the case's append-only history (keyed: a second
 * sweep, or two processes sweeping, write nothing more) with, in the same transaction, a
 * message to the owner (the assigned colleague, else the party's personal chats) or the
 * party's coordinator, and a refresh of that party's card.
 */
export async function sweepCaseReminders(store: Store, now: Date): Promise<{ written: string[] }> {
  const today = dutchDateOf(now.toISOString());
  const open = await store.aanmeldingen.openCaseIds(MAX_CASES);
  const written: string[] = [];
  for (const id of open) {
    const stored = await store.cases.get(id);
    if (!stored || stored.history.length === 0 || !stored.senderPartyId) continue;
    const rulebook = rulebookVersionOf(stored.aanmelding.rulebook, stored.aanmelding.rulebookVersion);
    if (!rulebook) continue;
    let history: CaseHistoryEntry[] = stored.history;
    const reminders = dueCaseReminders({
      definitions: rulebook.deadlines,
      history,
      senderPartyId: stored.senderPartyId,
      participants: stored.recipients,
      today,
      kenmerk: stored.aanmelding.kenmerk ?? id.slice(0, 8),
    });
    for (const reminder of reminders) {
      const entry = caseReminderEntry(reminder, history, now.toISOString());
      try {
        const result = await store.cases.append(
          id,
          entry,
          [
            {
              kind: CASE_REMINDER_DELIVERY,
              target: reminder.partyId,
              payload: caseReminderPayload(reminder, stored.aanmelding.kenmerk ?? id.slice(0, 8)),
            },
            { kind: CASE_CARD_DELIVERY, target: reminder.partyId, payload: { partyId: reminder.partyId } },
          ],
          { actor: "system:case-reminders", correlationId: `case-reminder-${id}` },
        );
        if (result.appended) {
          history = [...history, entry];
          written.push(reminder.key);
        }
      } catch (error) {
        // Someone acted on the case meanwhile: the next sweep decides again on the new history.
        if (isStoreError(error) && error.kind === "conflict") break;
        throw error;
      }
    }
  }
  return { written };
}
