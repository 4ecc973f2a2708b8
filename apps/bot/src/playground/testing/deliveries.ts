import type { Playground } from "../index.js";

/**
 * The texts the bot delivered to one user, in order (replies, proactive messages, updates),
 * from the playground's log: for asserting "this caseworker got this signal" without a
 * browser. Card attachments are listed by content type.
 */
export function deliveriesTo(playground: Playground, userId: string): string[] {
  return playground
    .getLog()
    .filter((entry) => entry.direction === "fromBot" && entry.userId === userId && entry.activity?.type === "message")
    .map((entry) => {
      const activity = entry.activity!;
      if (activity.text) return activity.text;
      const attachments = Array.isArray(activity.attachments)
        ? (activity.attachments as { contentType?: string }[])
        : [];
      return attachments.map((a) => `[${a.contentType ?? "attachment"}]`).join(" ");
    });
}
