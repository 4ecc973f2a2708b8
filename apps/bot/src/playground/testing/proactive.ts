import { MessageFactory, TurnContext, type ConversationReference } from "botbuilder";
import type { ActivityJson } from "../state/activity.js";
import type { PlaygroundServer } from "./playground-server.js";

/**
 * Proactive delivery as the bot does it for a signal: create (or find) the 1:1 conversation
 * with a member through the connector and send there. Resolves with the conversation id.
 */
export async function sendProactive(
  server: PlaygroundServer,
  member: { id: string; name: string },
  text: string,
): Promise<string> {
  let conversationId = "";
  await server.adapter.createConversationAsync(
    "",
    "directline",
    server.serviceUrl,
    "",
    { isGroup: false, bot: { id: "convenantbot", name: "Convenantbot" }, members: [member], channelData: {} },
    async (context) => {
      conversationId = context.activity.conversation.id;
      await context.sendActivity(text);
    },
  );
  return conversationId;
}

/** The reference the bot would have stored from a user's activity (saveConversationReference). */
export function referenceOf(activity: ActivityJson): Partial<ConversationReference> {
  return TurnContext.getConversationReference(activity as never);
}

/** Updates a message in place through the connector, as a bot does after a card action. */
export async function updateText(
  server: PlaygroundServer,
  reference: Partial<ConversationReference>,
  activityId: string,
  text: string,
): Promise<void> {
  await server.adapter.continueConversationAsync("", reference, async (context) => {
    await context.updateActivity({ ...MessageFactory.text(text), id: activityId });
  });
}
