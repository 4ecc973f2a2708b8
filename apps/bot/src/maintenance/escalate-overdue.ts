import { dutchDateOf, escalationTarget } from "@convenantbot/domain";
import type { Store } from "@convenantbot/store";
import { statesOf } from "../signals/signal-record.js";

export const SIGNAL_ESCALATION_DELIVERY = "teams.signal_escalation";
const ESCALATION_ACTION = "escaleren";

/**
 * Unacknowledged signals past their term escalate once to the owning party's coordinator
 * (domain: escalationTarget). The escalation is a history entry on the signal, so it is
 * audited, shown in the history and never sent twice for the same owner.
 */
export async function escalateOverdue(store: Store, now: Date): Promise<{ escalated: string[] }> {
  const today = dutchDateOf(now.toISOString());
  const open = await store.db.selectFrom("signals").select("id").where("status", "!=", "afgesloten").orderBy("created_at").limit(1000).execute();
  const escalated: string[] = [];
  for (const { id } of open) {
    const stored = await store.signals.get(id);
    if (!stored) continue;
    const history = await store.signals.history(id);
    for (const state of Object.values(statesOf(stored).byRecipient)) {
      const target = escalationTarget(state, today);
      const already = history.some((h) => h.action === ESCALATION_ACTION && h.note === `owner:${state.ownerPartyId}`);
      if (!target || already) continue;
      await store.transaction(async (tx) => {
        await tx.signals.transition(
          id,
          { to: stored.status, action: ESCALATION_ACTION, note: `owner:${state.ownerPartyId}` },
          { actor: "system:escalation", correlationId: `escalation-${id}` },
        );
        await tx.outbox.enqueue(
          [{ kind: SIGNAL_ESCALATION_DELIVERY, target: target.partyId, payload: { partyId: target.partyId, reason_nl: target.reason.nl, reason_en: target.reason.en } }],
          { type: "signal", id },
        );
      });
      escalated.push(`${id}:${state.ownerPartyId}`);
    }
  }
  return { escalated };
}
