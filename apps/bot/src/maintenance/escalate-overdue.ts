import { dutchDateOf, escalationEntry } from "@convenantbot/domain";
import { isStoreError, type Store } from "@convenantbot/store";
import { SIGNAL_CARD_DELIVERY } from "../signals/signal-service.js";
import { statesOf } from "../signals/signal-record.js";
import { openSignals } from "./open-signals.js";

export const SIGNAL_ESCALATION_DELIVERY = "teams.signal_escalation";

/**
 * Unacknowledged signals past their term escalate once per owner to that party's coordinator.
 * The escalation is a line of the lifecycle in the signal's one history (the domain decides it:
 * escalationEntry), so the owner's card and the tab show it, the audit log records who wrote
 * it, and a second sweep finds it there and sends nothing again.
 */
export async function escalateOverdue(store: Store, now: Date): Promise<{ escalated: string[] }> {
  const today = dutchDateOf(now.toISOString());
  const escalated: string[] = [];
  for await (const stored of openSignals(store, 1000)) {
    const id = stored.id;
    for (const [lifecycle, state] of Object.entries(statesOf(stored).byRecipient)) {
      const line = escalationEntry(state, today, now.toISOString());
      if (!line) continue;
      const written = await store
        .transaction(async (tx) => {
          await tx.signals.transition(
            id,
            { lifecycle, line },
            { actor: "system:escalation", correlationId: `escalation-${id}` },
          );
          const reason = line.reason!;
          await tx.outbox.enqueue(
            [
              {
                kind: SIGNAL_ESCALATION_DELIVERY,
                target: state.ownerPartyId,
                payload: { partyId: state.ownerPartyId, reason_nl: reason.nl, reason_en: reason.en },
              },
              // The owner's card shows the escalation in its history.
              {
                kind: SIGNAL_CARD_DELIVERY,
                target: state.ownerPartyId,
                payload: { partyId: state.ownerPartyId, refresh: true },
              },
            ],
            { type: "signal", id },
          );
          return true;
        })
        .catch((error: unknown) => {
          // Someone acted on the lifecycle since it was read (its line number is taken): the next
          // sweep reads it again and decides anew, so the other signals go on now.
          if (isStoreError(error) && error.kind === "conflict") return false;
          throw error;
        });
      if (written) escalated.push(`${id}:${state.ownerPartyId}`);
    }
  }
  return { escalated };
}
