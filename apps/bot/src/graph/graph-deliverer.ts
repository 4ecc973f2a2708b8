import { msg, type MessageKey } from "@convenantbot/cards";
import {
  PermanentDeliveryError,
  UnreachableDeliveryError,
  type BatchHooks,
  type OutboxDelivery,
  type Store,
} from "@convenantbot/store";
import type { Logger } from "../logger.js";
import { recordDeepLink, type LinkTargets } from "../bot/deep-link.js";
import { GraphError } from "./graph-error.js";
import {
  ActivityPayloadSchema,
  GRAPH_ACTIVITY_DELIVERY,
  GRAPH_INSTALL_DELIVERY,
  InstallPayloadSchema,
  requestInstallations,
} from "./reach-outbox.js";
import type { TeamsGraph } from "./teams-graph.js";
import { recoverPersonalChat } from "./recover-chat.js";

type Deliver = ((delivery: OutboxDelivery) => Promise<void>) & { batch?: BatchHooks };

interface Deps {
  store: Store;
  teams: TeamsGraph;
  catalogAppId: string | undefined;
  links: LinkTargets;
  logger: Logger;
  /** For a chat recovered after a 409: the bot's app id and TEAMS_SERVICE_URL. */
  botAppId: string;
  defaultServiceUrl: string;
}

/**
 * The outbox rows of the Graph adapter. A refusal that will not pass (403: permission not
 * granted, 404: no such user) fails the row at once; 429/5xx were retried by the client and are
 * then retried by the outbox on its backoff. Logged with ids and status only, never a name or an
 * Entra object id. Whatever happens here, the card it is about stays parked, never lost.
 */
export function createGraphDeliverer(deps: Deps): Deliver {
  const { store, teams, logger } = deps;
  const failed = (delivery: OutboxDelivery, error: unknown, what: string): never => {
    if (!(error instanceof GraphError)) throw error;
    logger.warn(
      {
        deliveryId: delivery.id,
        kind: delivery.kind,
        status: error.status,
        code: error.code,
        attempt: delivery.attempts,
      },
      `graph ${what} failed`,
    );
    if (!error.transient) throw new PermanentDeliveryError(error.message);
    throw error;
  };
  return async (delivery) => {
    if (delivery.kind === GRAPH_INSTALL_DELIVERY) {
      const { partyId, memberId } = parseOr(InstallPayloadSchema, delivery);
      const member = await store.members.get(memberId);
      // Left the party, or no Entra id any more: nobody to install for.
      if (!member?.aadObjectId || member.partyId !== partyId || !deps.catalogAppId) return;
      if ((await store.conversations.personalForParty(partyId, { memberIds: [memberId] })).length > 0) return; // reachable meanwhile
      const catalogAppId = deps.catalogAppId;
      try {
        const outcome = await teams.installForUser(member.aadObjectId, catalogAppId);
        if (outcome === "installed") {
          logger.info(
            { deliveryId: delivery.id, partyId, outcome },
            "graph: app installed for a member; Teams' installationUpdate stores the chat",
          );
          return;
        }
        // "already": installed, yet we hold no chat (Teams' installationUpdate was lost): ask
        // Graph for the chat instead of waiting for the member to open the app.
        const recovered = await recoverPersonalChat({ ...deps, catalogAppId }, member);
        logger.info(
          { deliveryId: delivery.id, partyId, outcome, chat: recovered },
          recovered === "recovered"
            ? "graph: app already installed; personal chat recovered, parked cards woken"
            : "graph: app already installed but no installation listed; cards wait for the member",
        );
      } catch (error) {
        failed(delivery, error, "install");
      }
      return;
    }
    if (delivery.kind === GRAPH_ACTIVITY_DELIVERY) {
      const event = parseOr(ActivityPayloadSchema, delivery);
      const member = await store.members.get(event.memberId);
      if (!member?.aadObjectId) return;
      const webUrl = recordDeepLink(event.recordKind, event.recordId, deps.links);
      if (!webUrl) return; // no TEAMS_APP_ID or PUBLIC_URL: nowhere for a click to lead
      const params = { kenmerk: event.kenmerk, type: event.type };
      try {
        await teams.sendActivityNotification(member.aadObjectId, {
          topic: { source: "text", value: event.kenmerk, webUrl },
          activityType: event.activityType,
          previewText: {
            content: msg(event.lang, `activity.${event.activityType}` as MessageKey, params).slice(0, 150),
          },
          templateParameters: Object.entries(params).map(([name, value]) => ({ name, value })),
          chainId: event.chainId,
        });
      } catch (error) {
        failed(delivery, error, "activity notification");
      }
      return;
    }
    throw new PermanentDeliveryError(`unknown delivery kind ${delivery.kind}`);
  };
}

function parseOr<T>(
  schema: { safeParse(v: unknown): { success: true; data: T } | { success: false } },
  delivery: OutboxDelivery,
): T {
  const parsed = schema.safeParse(delivery.payload);
  if (!parsed.success) throw new PermanentDeliveryError(`${delivery.kind} with an unreadable payload`);
  return parsed.data;
}

/**
 * Around every deliverer: a delivery parked as "onbereikbaar" asks Graph to install the app for
 * the party's members who have no chat yet. The parking itself is unchanged (rethrown).
 */
export function withProactiveInstall(
  deliver: Deliver & { batch: BatchHooks },
  store: Store,
  logger: Logger,
): Deliver & { batch: BatchHooks } {
  const wrapped = async (delivery: OutboxDelivery) => {
    try {
      await deliver(delivery);
    } catch (error) {
      if (error instanceof UnreachableDeliveryError) {
        const partyId = String(delivery.payload["partyId"] ?? delivery.target);
        await requestInstallations(store, partyId).catch((e: unknown) =>
          logger.warn(
            { deliveryId: delivery.id, err: e instanceof Error ? e.name : "error" },
            "graph: could not ask for installations",
          ),
        );
      }
      throw error;
    }
  };
  return Object.assign(wrapped, { batch: deliver.batch });
}
