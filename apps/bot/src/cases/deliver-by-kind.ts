import type { BatchHooks, OutboxDelivery } from "@convenantbot/store";
import { CASE_REMINDER_DELIVERY } from "../maintenance/case-reminders.js";
import { CASE_CARD_DELIVERY } from "./case-service.js";

type Deliver = ((delivery: OutboxDelivery) => Promise<void>) & { batch?: BatchHooks };

/**
 * One outbox, several kinds: case cards and case reminders to their deliverers, everything
 * else (signal cards) as before. The batch hooks of each see only the deliveries of their kind.
 */
export function deliverByKind(signals: Deliver, cases: Deliver, reminders?: Deliver): Deliver & { batch: BatchHooks } {
  const kindOf = (delivery: OutboxDelivery): "signals" | "cases" | "reminders" =>
    delivery.kind === CASE_CARD_DELIVERY ? "cases" : delivery.kind === CASE_REMINDER_DELIVERY && reminders ? "reminders" : "signals";
  const targets = { signals, cases, ...(reminders ? { reminders } : {}) } as Record<"signals" | "cases" | "reminders", Deliver>;
  const hook = async (name: keyof BatchHooks, batch: readonly OutboxDelivery[]) => {
    for (const kind of ["signals", "cases", "reminders"] as const) {
      const own = batch.filter((d) => kindOf(d) === kind);
      if (own.length > 0) await targets[kind]?.batch?.[name]?.(own);
    }
  };
  return Object.assign((delivery: OutboxDelivery) => targets[kindOf(delivery)]!(delivery), {
    batch: { prepare: (batch: readonly OutboxDelivery[]) => hook("prepare", batch), settle: (batch: readonly OutboxDelivery[]) => hook("settle", batch) },
  });
}
