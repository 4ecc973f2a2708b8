import type { Store } from "@convenantbot/store";

/**
 * The chats a case card with personal data may go to: personal (1:1) chats of the party's
 * members only, never a group chat or channel; when the party assigned the case to a
 * colleague, only that colleague's. (The Teams engineer is moving this choice into the
 * store; until then it is decided here, in one place.)
 */
export async function personalChatsFor(store: Store, partyId: string, assigneeMemberId?: string) {
  const refs = await store.conversations.forParty(partyId);
  return refs.filter((ref) => {
    const type = (ref.reference.conversation as { conversationType?: string } | undefined)?.conversationType;
    return type === "personal" && ref.memberId !== null && (assigneeMemberId === undefined || ref.memberId === assigneeMemberId);
  });
}
