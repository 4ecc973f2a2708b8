import { createHash } from "node:crypto";
import { z } from "zod";
import type { Language } from "@convenantbot/domain";
import type { Store } from "@convenantbot/store";
import type { RecordKind } from "../bot/deep-link.js";
import { ACTIVITY_TYPES, type ActivityType } from "./activity-types.js";

/** Outbox kinds of the Graph adapter: durable, retried with the outbox's backoff, visible to operators. */
export const GRAPH_INSTALL_DELIVERY = "graph.install_app";
export const GRAPH_ACTIVITY_DELIVERY = "graph.activity_notification";

/** Ids only: who (our member id) and what (record, kenmerk, type label); never a tenant's data. */
export const InstallPayloadSchema = z.object({ partyId: z.string().min(1), memberId: z.string().min(1) });
export const ActivityPayloadSchema = z.object({
  memberId: z.string().min(1),
  activityType: z.enum(ACTIVITY_TYPES),
  recordKind: z.enum(["signal", "case"]),
  recordId: z.string().uuid(),
  kenmerk: z.string().min(1).max(40),
  type: z.string().min(1).max(80),
  lang: z.enum(["nl", "en"]),
  chainId: z.number().int().nonnegative(),
});
export type ActivityPayload = z.infer<typeof ActivityPayloadSchema>;

export interface ActivityEvent {
  activityType: ActivityType;
  record: { kind: RecordKind; id: string };
  kenmerk: string;
  /** The record's type in the recipient's language ("Huurachterstand", the rulebook, the term). */
  type: string;
  memberId: string;
  lang: Language;
  /**
   * Once only: a notification with a key is enqueued the first time (its outbox row id is
   * derived from the key and the member), so a sweep that finds the same news again writes
   * nothing. Without a key, each call enqueues (a delivered card is news once by itself).
   */
  key?: string;
}

/** Called by the deliverers once a person was reached; enqueues the feed notification. */
export type Notify = (events: readonly ActivityEvent[]) => Promise<void>;

/**
 * The deliverers' call: the card was delivered, so a failure to enqueue its notification is
 * logged (ids only) and never fails or repeats the card.
 */
export async function notifySafely(
  deps: { notify?: Notify; logger: { warn(obj: object, msg: string): void } },
  delivery: { id: string },
  events: readonly ActivityEvent[],
): Promise<void> {
  if (!deps.notify || events.length === 0) return;
  try {
    await deps.notify(events);
  } catch (error) {
    deps.logger.warn(
      { deliveryId: delivery.id, err: error instanceof Error ? error.name : "error" },
      "activity notification not queued",
    );
  }
}

/**
 * Graph's chainId: one per kind of news about one record, so a repeat (a retried delivery, a
 * second reminder) replaces the earlier notification in the feed instead of adding one.
 */
function chainIdOf(event: ActivityEvent): number {
  return parseInt(
    createHash("sha256").update(`${event.activityType}:${event.record.id}`).digest("hex").slice(0, 12),
    16,
  );
}

/** A UUID (version-4 shaped, as the outbox's id column wants) derived from a key: the same key, the same id. */
function idOf(key: string): string {
  const hex = createHash("sha256").update(key).digest("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${((parseInt(hex[16]!, 16) & 3) | 8).toString(16)}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

export function activityNotifier(store: Store): Notify {
  return async (events) => {
    for (const event of events) {
      const id = event.key ? idOf(`${event.key}|${event.memberId}`) : undefined;
      if (id && (await store.outbox.get(id))) continue; // told before: nothing new
      const payload: ActivityPayload = {
        memberId: event.memberId,
        activityType: event.activityType,
        recordKind: event.record.kind,
        recordId: event.record.id,
        kenmerk: event.kenmerk.slice(0, 40),
        type: event.type.slice(0, 80),
        lang: event.lang,
        chainId: chainIdOf(event),
      };
      const row = {
        ...(id ? { id } : {}),
        kind: GRAPH_ACTIVITY_DELIVERY,
        target: `member:${event.memberId}`,
        payload: ActivityPayloadSchema.parse(payload),
      };
      try {
        await store.outbox.enqueue([row], { type: "graph-activity", id: event.memberId });
      } catch (error) {
        // Another process wrote the same keyed row a moment ago: that one is the notification.
        if (!id || !(await store.outbox.get(id))) throw error;
      }
    }
  };
}

/**
 * A party nobody can be reached at: ask Graph to install the app for each member who has an
 * Entra object id and no personal chat yet, once (an install still waiting in the outbox is
 * not asked twice). Teams then sends installationUpdate, which stores the chat and wakes the
 * parked deliveries (outbox.wakeUnreachable); nothing here completes a delivery.
 */
export async function requestInstallations(store: Store, partyId: string): Promise<number> {
  const [members, chats] = await Promise.all([
    store.members.listByParty(partyId),
    store.conversations.personalForParty(partyId),
  ]);
  const reachable = new Set(chats.map((c) => c.memberId));
  let asked = 0;
  for (const member of members) {
    if (!member.aadObjectId || reachable.has(member.id)) continue;
    const open = (await store.outbox.forRecord("graph-install", member.id)).some(
      (d) => d.deliveredAt === null && d.failedAt === null,
    );
    if (open) continue;
    await store.outbox.enqueue(
      [
        {
          kind: GRAPH_INSTALL_DELIVERY,
          target: partyId,
          payload: InstallPayloadSchema.parse({ partyId, memberId: member.id }),
        },
      ],
      {
        type: "graph-install",
        id: member.id,
      },
    );
    asked += 1;
  }
  return asked;
}
