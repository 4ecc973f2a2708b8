import { z } from "zod";
import { JsonObjectSchema, UuidSchema } from "./common.js";

/** A delivery to put in the outbox with the record it announces (same transaction). */
export const DeliveryInputSchema = z.strictObject({
  /** Stable delivery id; generated when absent. A receiver drops a repeat by this id. */
  id: UuidSchema.optional(),
  /** What to do, e.g. `teams.signal_card`, `webhook.signal`. */
  kind: z.string().min(1).max(100),
  /** Where to: a conversation reference id, a party id, a URL name. */
  target: z.string().min(1).max(500),
  payload: JsonObjectSchema,
  /** Not before this instant (ISO); default now. */
  notBefore: z.iso.datetime({ offset: true }).optional(),
});
export type DeliveryInput = z.input<typeof DeliveryInputSchema>;

/** What a worker's `deliver` receives. */
export interface OutboxDelivery {
  id: string;
  kind: string;
  target: string;
  payload: Record<string, unknown>;
  recordType: string | null;
  recordId: string | null;
  /** Including this one. */
  attempts: number;
  createdAt: string;
}

export interface OutboxRow extends OutboxDelivery {
  nextAttemptAt: string;
  claimedBy: string | null;
  claimedUntil: string | null;
  deliveredAt: string | null;
  failedAt: string | null;
  lastError: string | null;
  /** Parked: nobody could receive it; woken when the target becomes reachable. */
  unreachableAt: string | null;
}

export const deliveryLabel = { nl: "bezorging", en: "delivery" };
