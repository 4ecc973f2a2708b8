/** What a channel tab saves: the same /tab/ page as the personal tab (content follows the user's party). */
export function channelTabConfig(origin: string) {
  return { entityId: "convenantbot-channel", contentUrl: `${origin}/tab/`, suggestedDisplayName: "Convenantbot" };
}
