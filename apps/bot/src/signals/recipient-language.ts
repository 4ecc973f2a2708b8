import type { Language } from "@convenantbot/domain";
import type { Store, StoredConversationReference } from "@convenantbot/store";

/**
 * The language a person chose ("taal en"), read from the bot's user state for the chat a
 * proactive message goes to; Dutch when they never chose. The key is botbuilder UserState's
 * (`<channelId>/users/<userId>/`) and the property the bot's ("convenantUser").
 */
export async function languageOf(store: Store, ref: StoredConversationReference): Promise<Language> {
  const channelId = ref.reference.channelId;
  const userId = ref.reference.user?.id;
  if (!channelId || !userId) return "nl";
  const key = `${channelId}/users/${userId}/`;
  try {
    const items = await store.botStorage.read([key]);
    const lang = (items[key] as { convenantUser?: { lang?: unknown } } | undefined)?.convenantUser?.lang;
    return lang === "en" ? "en" : "nl";
  } catch {
    return "nl"; // unreadable state never blocks a delivery
  }
}
