import type { ConversationReference } from "botbuilder";
import type { Member, Store } from "@convenantbot/store";
import type { TeamsGraph } from "./teams-graph.js";

export interface RecoverChatDeps {
  store: Store;
  teams: TeamsGraph;
  catalogAppId: string;
  /** The bot's Microsoft app id (its Teams account is `28:<id>`). */
  botAppId: string;
  /** TEAMS_SERVICE_URL: only when no turn of the member's tenant gave a serviceUrl yet. */
  defaultServiceUrl: string;
}

/**
 * Graph answered 409 to an install: the app is there, but the bot holds no chat (Teams'
 * installationUpdate was lost, or came before this database). The personal chat is asked from
 * Graph (the installation, then its chat), stored as the member's personal conversation and
 * the party's parked cards are woken, as an installationUpdate would have done.
 * "none": Graph lists no installation after all; the cards stay parked until the member opens the app.
 */
export async function recoverPersonalChat(deps: RecoverChatDeps, member: Member): Promise<"recovered" | "none"> {
  if (!member.aadObjectId) return "none";
  const chatId = await deps.teams.personalChatId(member.aadObjectId, deps.catalogAppId);
  if (!chatId) return "none";
  // Microsoft: reuse a serviceUrl a real turn gave (it can be regional) before the well-known one.
  const serviceUrl = (await deps.store.conversations.serviceUrlForTenant(member.tenantId)) ?? deps.defaultServiceUrl;
  const reference: Partial<ConversationReference> & { conversation: { id: string } } = {
    channelId: "msteams",
    serviceUrl,
    bot: { id: `28:${deps.botAppId}`, name: "Convenantbot" },
    // The user's Teams id keys their language choice (recipient-language.ts), as in a turn.
    user: { id: member.teamsUserId, name: "", aadObjectId: member.aadObjectId },
    conversation: {
      id: chatId,
      conversationType: "personal",
      isGroup: false,
      tenantId: member.tenantId,
      name: "",
    },
  };
  await deps.store.conversations.upsert({
    reference,
    memberId: member.id,
    partyId: member.partyId,
    tenantId: member.tenantId,
  });
  await deps.store.outbox.wakeUnreachable(member.partyId);
  return "recovered";
}
