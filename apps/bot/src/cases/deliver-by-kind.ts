import type { BatchHooks, OutboxDelivery } from "@convenantbot/store";
import { CASE_CARD_DELIVERY } from "./case-service.js";

type Deliver = ((delivery: OutboxDelivery) => Promise<void>) & { batch?: BatchHooks };

/**
 * One outbox, two kinds of card: case cards to the case deliverer, everything else as before.
 * The batch hooks of each see only the deliveries of their kind.
 */
export function deliverByKind(signals: Deliver, cases: Deliver): Deliver & { batch: BatchHooks } {
  const isCase = (delivery: OutboxDelivery) => delivery.kind === CASE_CARD_DELIVERY;
  const hook = async (name: keyof BatchHooks, batch: readonly OutboxDelivery[]) => {
    const own = batch.filter((d) => !isCase(d));
    const theirs = batch.filter(isCase);
    if (own.length > 0) await signals.batch?.[name]?.(own);
    if (theirs.length > 0) await cases.batch?.[name]?.(theirs);
  };
  const deliver: Deliver & { batch: BatchHooks } = Object.assign((delivery: OutboxDelivery) => (isCase(delivery) ? cases(delivery) : signals(delivery)), {
    batch: { prepare: (batch: readonly OutboxDelivery[]) => hook("prepare", batch), settle: (batch: readonly OutboxDelivery[]) => hook("settle", batch) },
  });
  return deliver;
}
