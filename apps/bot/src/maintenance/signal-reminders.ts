import { msg } from "@convenantbot/cards";
import { dutchDateOf, nearlyDueAcknowledgement } from "@convenantbot/domain";
import type { Store } from "@convenantbot/store";
import type { ActivityEvent, Notify } from "../graph/reach-outbox.js";
import { languageOf } from "../signals/recipient-language.js";
import { statesOf } from "../signals/signal-record.js";
import { openSignals } from "./open-signals.js";

/** Bounded per sweep, like the escalation: the rest waits for the next run. */
const MAX_SIGNALS = 1000;

/**
 * A signal whose acknowledgement term nearly lapses (the domain decides when: the rulebook's
 * acknowledgementNearlyDueWorkingDays, ASSUMED the last working day before the due date) is
 * news in the activity feed of the owner party's members who can be reached. Keyed per
 * owner's term and member, so the sweep every quarter of an hour tells each person once; a
 * forward starts a new term and so a new notification for the new owner.
 */
export async function remindNearlyDueSignals(store: Store, now: Date, notify: Notify): Promise<{ told: number }> {
  const today = dutchDateOf(now.toISOString());
  let told = 0;
  for await (const stored of openSignals(store, MAX_SIGNALS)) {
    const id = stored.id;
    for (const [lifecycle, state] of Object.entries(statesOf(stored).byRecipient)) {
      const term = nearlyDueAcknowledgement(state, today);
      if (!term) continue;
      const events: ActivityEvent[] = [];
      const seen = new Set<string>();
      for (const ref of await store.conversations.personalForParty(state.ownerPartyId)) {
        if (!ref.memberId || seen.has(ref.memberId)) continue;
        seen.add(ref.memberId);
        const lang = await languageOf(store, ref);
        events.push({
          activityType: "signalNearlyDue",
          record: { kind: "signal", id },
          kenmerk: stored.kenmerk ?? id.slice(0, 8),
          type: msg(lang, `signal.type.${stored.type}` as never),
          memberId: ref.memberId,
          lang,
          key: `signal-nearly-due:${id}:${lifecycle}:${term.key}`,
        });
      }
      await notify(events);
      told += events.length;
    }
  }
  return { told };
}
