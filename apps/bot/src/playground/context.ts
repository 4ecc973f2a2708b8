import type { Logger } from "../logger.js";
import type { TokenStore } from "./direct-line/tokens.js";
import type { ActivityLog } from "./state/activity-log.js";
import type { ConversationStore, StoredConversation } from "./state/conversation-store.js";

/** What the Direct Line and connector halves share: one store, one log, one identity. */
export interface PlaygroundContext {
  store: ConversationStore;
  tokens: TokenStore;
  log: ActivityLog;
  logger: Logger;
  /** This server's connector base URL, given to the bot as `serviceUrl` (e.g. http://127.0.0.1:3978/connector). */
  serviceUrl: () => string;
  botMessagesUrl: () => string;
  bot: { id: string; name: string };
  channelId: string;
  tenantId: string;
  clock: () => Date;
  forwardTimeoutMs: number;
}

/** The `conversation` of every activity: a personal chat in the demo tenant, as in Teams. */
export function conversationAccount(
  context: PlaygroundContext,
  conversation: StoredConversation,
): { id: string; conversationType: string; tenantId: string } {
  return { id: conversation.id, conversationType: "personal", tenantId: context.tenantId };
}
