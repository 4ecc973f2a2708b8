import type { ActivityJson } from "../state/activity.js";
import { waitFor } from "./wait.js";

export interface HttpResult<T = unknown> {
  status: number;
  body: T;
}

/** One JSON request; the body is parsed when there is one. For asserting on status codes. */
export async function requestJson<T = unknown>(
  url: string,
  init: { method?: string; token?: string; body?: unknown; rawBody?: string } = {},
): Promise<HttpResult<T>> {
  const headers: Record<string, string> = {};
  if (init.token) headers.authorization = `Bearer ${init.token}`;
  if (init.body !== undefined || init.rawBody !== undefined) headers["content-type"] = "application/json";
  const response = await fetch(url, {
    method: init.method ?? "GET",
    headers,
    ...(init.rawBody !== undefined
      ? { body: init.rawBody }
      : init.body !== undefined
        ? { body: JSON.stringify(init.body) }
        : {}),
    signal: AbortSignal.timeout(10_000),
  });
  const text = await response.text();
  return { status: response.status, body: (text ? JSON.parse(text) : undefined) as T };
}

/**
 * A Direct Line client that speaks the same REST calls DirectLineJS makes with
 * `webSocket: false` (tokens/generate, start, post, poll by watermark), for tests that need
 * no browser.
 */
export class DirectLineTestClient {
  watermark: string | undefined;
  /** Everything polled so far, in order (updates appear again, with the same id). */
  readonly seen: ActivityJson[] = [];

  private constructor(
    readonly baseUrl: string,
    readonly user: { id: string; name?: string },
    readonly token: string,
    readonly conversationId: string,
  ) {}

  static async start(
    baseUrl: string,
    user: { id: string; name?: string },
    options: { fresh?: boolean } = {},
  ): Promise<DirectLineTestClient> {
    const issued = await requestJson<{ token: string; conversationId: string }>(
      `${baseUrl}/v3/directline/tokens/generate`,
      {
        method: "POST",
        body: { user, ...(options.fresh ? { fresh: true } : {}) },
      },
    );
    if (issued.status !== 200) throw new Error(`tokens/generate: HTTP ${issued.status} ${JSON.stringify(issued.body)}`);
    const started = await requestJson(`${baseUrl}/v3/directline/conversations`, {
      method: "POST",
      token: issued.body.token,
      body: { user: { id: user.id } },
    });
    if (started.status !== 200 && started.status !== 201)
      throw new Error(`start: HTTP ${started.status} ${JSON.stringify(started.body)}`);
    return new DirectLineTestClient(baseUrl, user, issued.body.token, issued.body.conversationId);
  }

  private get url(): string {
    return `${this.baseUrl}/v3/directline/conversations/${encodeURIComponent(this.conversationId)}`;
  }

  /** Posts as the user; resolves with the id Direct Line gave the activity. */
  async post(activity: Partial<ActivityJson>): Promise<string> {
    const result = await requestJson<{ id: string }>(`${this.url}/activities`, {
      method: "POST",
      token: this.token,
      body: { type: "message", from: { id: this.user.id, name: this.user.name }, ...activity },
    });
    if (result.status !== 200) throw new Error(`post: HTTP ${result.status} ${JSON.stringify(result.body)}`);
    return result.body.id;
  }

  /** One poll from the current watermark; advances it, as DirectLineJS does. */
  async poll(): Promise<ActivityJson[]> {
    const query = `?watermark=${encodeURIComponent(this.watermark ?? "")}`;
    const result = await requestJson<{ activities: ActivityJson[]; watermark: string }>(
      `${this.url}/activities${query}`,
      { token: this.token },
    );
    if (result.status !== 200) throw new Error(`poll: HTTP ${result.status} ${JSON.stringify(result.body)}`);
    this.watermark = result.body.watermark;
    this.seen.push(...result.body.activities);
    return result.body.activities;
  }

  /** Polls until an activity matching `predicate` has arrived (now or in an earlier poll); returns it. */
  async waitForActivity(
    what: string,
    predicate: (activity: ActivityJson) => boolean,
    timeoutMs = 10_000,
  ): Promise<ActivityJson> {
    return waitFor(
      `activity: ${what}`,
      async () => {
        await this.poll();
        return this.seen.find(predicate);
      },
      { timeoutMs, intervalMs: 50 },
    );
  }
}

export const fromBot = (activity: ActivityJson): boolean => activity.from?.role === "bot";
export const textIs =
  (text: string) =>
  (activity: ActivityJson): boolean =>
    activity.type === "message" && activity.text === text;
