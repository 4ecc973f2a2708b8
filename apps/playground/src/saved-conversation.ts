/**
 * The page's conversation per demo user, kept in sessionStorage: a reconnect (after a server
 * restart, or a reload of the tab) asks for the same conversation, so the chat and the bot's
 * state of it (a paused intake) continue (issue 15 item 9). sessionStorage, not localStorage:
 * a new browser tab starts its own conversation, as a new Teams chat would not, but that is the
 * user's latest one on the server anyway.
 */
type KeyValueStorage = Pick<Storage, "getItem" | "setItem" | "removeItem">;

const keyOf = (userId: string) => `convenantbot.playground.conversation.${userId}`;

/** The saved id, or undefined (nothing saved, storage blocked, or something that is not an id). */
export function savedConversation(storage: KeyValueStorage | undefined, userId: string): string | undefined {
  try {
    const value = storage?.getItem(keyOf(userId)) ?? undefined;
    return value && /^[A-Za-z0-9_-]{8,64}$/.test(value) ? value : undefined;
  } catch {
    return undefined; // storage disabled (privacy settings): resume the latest, as before
  }
}

export function saveConversation(storage: KeyValueStorage | undefined, userId: string, conversationId: string): void {
  try {
    storage?.setItem(keyOf(userId), conversationId);
  } catch {
    // Full or disabled storage only costs the resume after a restart.
  }
}

/** The browser's sessionStorage when there is one (never in Node tests). */
export function sessionStore(): KeyValueStorage | undefined {
  try {
    return typeof window !== "undefined" ? window.sessionStorage : undefined;
  } catch {
    return undefined;
  }
}
