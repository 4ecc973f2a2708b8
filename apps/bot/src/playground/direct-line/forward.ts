import type { ActivityJson } from "../state/activity.js";

export type ForwardResult = { ok: true; status: number } | { ok: false; status: number | undefined; reason: string };

/**
 * Delivers a user's activity to the bot the way the real channel does: a plain HTTP POST of
 * the activity to /api/messages (no expectReplies), the bot answering through the connector
 * at the activity's serviceUrl. In local mode the bot has no app id, so no token is sent.
 * Awaited, so when the Direct Line POST returns, the bot's replies are already stored.
 */
export async function forwardToBot(url: string, activity: ActivityJson, timeoutMs: number): Promise<ForwardResult> {
  try {
    const response = await fetch(url, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(activity),
      signal: AbortSignal.timeout(timeoutMs),
    });
    // Drain the body so the connection can be reused; an invoke's answer is not needed here.
    await response.arrayBuffer().catch(() => undefined);
    if (response.ok) return { ok: true, status: response.status };
    return { ok: false, status: response.status, reason: `bot answered HTTP ${response.status}` };
  } catch (error) {
    const reason =
      error instanceof Error && error.name === "TimeoutError" ? `no answer within ${timeoutMs} ms` : String(error);
    return { ok: false, status: undefined, reason };
  }
}
