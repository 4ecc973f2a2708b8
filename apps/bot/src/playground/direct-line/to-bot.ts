import { conversationAccount, type PlaygroundContext } from "../context.js";
import type { ActivityJson } from "../state/activity.js";
import type { StoredConversation } from "../state/conversation-store.js";
import { forwardToBot, type ForwardResult } from "./forward.js";

/** Forwards to the bot and writes the attempt (and whether the bot took it) to the log. */
export async function sendToBot(
  context: PlaygroundContext,
  conversation: StoredConversation,
  activity: ActivityJson,
  operation: "post" | "conversationUpdate",
): Promise<ForwardResult> {
  const result = await forwardToBot(context.botMessagesUrl(), activity, context.forwardTimeoutMs);
  context.log.record({
    direction: "toBot",
    operation,
    conversationId: conversation.id,
    userId: conversation.userId,
    activity,
    delivered: result.ok,
  });
  if (!result.ok)
    context.logger.warn(
      { conversationId: conversation.id, operation, reason: result.reason },
      "playground: bot did not take the activity",
    );
  return result;
}

/**
 * Tells the bot once that it and the user joined (conversationUpdate/membersAdded), as
 * Teams does when the app is installed, so the bot's welcome appears. Never fails the
 * caller: a bot that is down must not stop Web Chat from connecting.
 */
export async function announce(context: PlaygroundContext, conversation: StoredConversation): Promise<void> {
  if (conversation.announced || !conversation.userId) return;
  conversation.announced = true;
  const user = { id: conversation.userId, ...(conversation.userName ? { name: conversation.userName } : {}) };
  await sendToBot(
    context,
    conversation,
    {
      type: "conversationUpdate",
      id: `${conversation.id}|update`,
      timestamp: context.clock().toISOString(),
      channelId: context.channelId,
      serviceUrl: context.serviceUrl(),
      conversation: conversationAccount(context, conversation),
      from: { ...user, role: "user" },
      recipient: { ...context.bot, role: "bot" },
      membersAdded: [{ ...context.bot }, user],
      channelData: { tenant: { id: context.tenantId } },
    },
    "conversationUpdate",
  );
}
