import type { Refresh } from "../card-types.js";
import { execute } from "../elements/actions.js";

/** Teams refreshes a card automatically for at most 60 listed users; others refresh by hand. */
export const MAX_REFRESH_USER_IDS = 60;

/** Unique, non-empty ids, first 60 kept (callers list the most involved users first). */
export function capRefreshUserIds(userIds: readonly string[]): string[] {
  return [...new Set(userIds.map((id) => id.trim()).filter((id) => id !== ""))].slice(0, MAX_REFRESH_USER_IDS);
}

/**
 * A Universal Actions refresh block: when a listed user opens the chat, Teams invokes `verb`
 * and shows the card the bot returns, so every recipient sees the current state.
 */
export function refreshBlock(
  verb: string,
  title: string,
  data: Record<string, unknown>,
  userIds?: readonly string[],
): Refresh {
  const ids = userIds ? capRefreshUserIds(userIds) : [];
  return { action: execute(verb, title, data), ...(ids.length > 0 ? { userIds: ids } : {}) };
}
