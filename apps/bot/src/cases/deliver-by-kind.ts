import type { OutboxDelivery } from "@convenantbot/store";
import { CASE_REMINDER_DELIVERY } from "../maintenance/case-reminders.js";
import { CASE_CARD_DELIVERY } from "./case-service.js";

type Deliver = (delivery: OutboxDelivery) => Promise<void>;

/** One outbox, several kinds: case cards and case reminders to their deliverers, everything else as before. */
export function deliverByKind(signals: Deliver, cases: Deliver, reminders?: Deliver): Deliver {
  return (delivery) => {
    if (delivery.kind === CASE_CARD_DELIVERY) return cases(delivery);
    if (delivery.kind === CASE_REMINDER_DELIVERY && reminders) return reminders(delivery);
    return signals(delivery);
  };
}
