import type { Store, StoredConversationReference } from "@convenantbot/store";

/**
 * The chats a case card with personal data may go to: personal (1:1) chats of the party's
 * members only, never a group chat or channel (the store's personalForParty decides that).
 * Once the party assigned the case to a colleague, only that colleague's personal chats.
 * ASSUMED: an assignee with no personal chat yet does not silence the case: the party's
 * personal chats get it until the assignee becomes reachable (nothing accepted is dropped).
 */
export async function personalChatsFor(
  store: Store,
  partyId: string,
  assigneeMemberId?: string,
): Promise<StoredConversationReference[]> {
  if (assigneeMemberId) {
    const assigned = await store.conversations.personalForParty(partyId, { memberIds: [assigneeMemberId] });
    if (assigned.length > 0) return assigned;
  }
  return store.conversations.personalForParty(partyId);
}
