import type { OutboxDelivery } from "@convenantbot/store";
import { CASE_CARD_DELIVERY } from "./case-service.js";

type Deliver = (delivery: OutboxDelivery) => Promise<void>;

/** One outbox, two kinds of card: case cards to the case deliverer, everything else as before. */
export function deliverByKind(signals: Deliver, cases: Deliver): Deliver {
  return (delivery) => (delivery.kind === CASE_CARD_DELIVERY ? cases(delivery) : signals(delivery));
}
