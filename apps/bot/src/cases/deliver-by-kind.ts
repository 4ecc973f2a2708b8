import type { BatchHooks, OutboxDelivery } from "@convenantbot/store";
import { CASE_REMINDER_DELIVERY } from "../maintenance/case-reminders.js";
import { CASE_CARD_DELIVERY } from "./case-service.js";

type Deliver = ((delivery: OutboxDelivery) => Promise<void>) & { batch?: BatchHooks };

/**
 * One outbox, several kinds: case cards, case reminders and the Graph adapter's rows to their
 * deliverers, everything else (signal cards) as before. The batch hooks of each see only the deliveries of their kind.
 */
export function deliverByKind(
  signals: Deliver,
  cases: Deliver,
  reminders?: Deliver,
  graph?: Deliver,
): Deliver & { batch: BatchHooks } {
  type Kind = "signals" | "cases" | "reminders" | "graph";
  const kindOf = (delivery: OutboxDelivery): Kind =>
    delivery.kind === CASE_CARD_DELIVERY
      ? "cases"
      : delivery.kind === CASE_REMINDER_DELIVERY && reminders
        ? "reminders"
        : delivery.kind.startsWith("graph.") && graph
          ? "graph"
          : "signals";
  const targets = { signals, cases, ...(reminders ? { reminders } : {}), ...(graph ? { graph } : {}) } as Record<
    Kind,
    Deliver
  >;
  const hook = async (name: keyof BatchHooks, batch: readonly OutboxDelivery[]) => {
    for (const kind of ["signals", "cases", "reminders", "graph"] as const) {
      const own = batch.filter((d) => kindOf(d) === kind);
      if (own.length > 0) await targets[kind]?.batch?.[name]?.(own);
    }
  };
  return Object.assign((delivery: OutboxDelivery) => targets[kindOf(delivery)]!(delivery), {
    batch: {
      prepare: (batch: readonly OutboxDelivery[]) => hook("prepare", batch),
      settle: (batch: readonly OutboxDelivery[]) => hook("settle", batch),
    },
  });
}
