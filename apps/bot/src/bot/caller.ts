import type { TurnContext } from "botbuilder";

/** The Teams tenant of the activity: channelData.tenant.id in Teams, conversation.tenantId elsewhere. */
export function tenantOf(context: TurnContext): string | undefined {
  const channelData = context.activity.channelData as { tenant?: { id?: unknown } } | undefined;
  const fromChannel = channelData?.tenant?.id;
  if (typeof fromChannel === "string" && fromChannel) return fromChannel;
  return context.activity.conversation?.tenantId ?? undefined;
}
