import { Agent as HttpAgent, request as httpRequest, type IncomingMessage } from "node:http";
import { Agent as HttpsAgent, request as httpsRequest } from "node:https";
import type { Activity, ConversationReference } from "botbuilder";
import {
  AuthenticationConstants,
  ClaimsIdentity,
  type BotFrameworkAuthentication,
  type ConnectorFactory,
} from "botframework-connector";

/** A refused connector call; `statusCode` as the SDK's RestError has it (403/404: app removed, chat gone). */
export class ConnectorError extends Error {
  override readonly name = "ConnectorError";
  constructor(
    readonly statusCode: number,
    readonly code: string | undefined,
    message: string,
  ) {
    super(message);
  }
}

/** The HTTP status of a connector failure (this connector's or the SDK's), if it got an answer. */
export function connectorStatusOf(error: unknown): number | undefined {
  const e = error as { statusCode?: unknown; status?: unknown } | undefined;
  const code = e?.statusCode ?? e?.status;
  return typeof code === "number" ? code : undefined;
}

/** Posting in one stored chat: a new message, or a new version of one posted before. */
export interface Chat {
  /** The id the channel gave the new message. */
  post(activity: Partial<Activity> | string): Promise<string | undefined>;
  update(activityId: string, activity: Partial<Activity>): Promise<void>;
}

/**
 * The outbox's proactive messages, sent with the Bot Connector REST calls botbuilder makes
 * ("send to conversation", "update activity") and the token of the SDK's own connector client
 * for that app and channel endpoint (its credentials object fetches, caches and renews it).
 *
 * Why not `continueConversationAsync` + `TurnContext.sendActivity`: per card that path builds a
 * continuation turn and runs the Azure serializer and pipeline, about 400 us of CPU of the ~1.3 ms a
 * card cost (measured side by side on a loopback connector: SDK 620 us, the same request through
 * the client's pipeline 420 us, this 215 us, stub included). A monthly batch of 10,000 cards is
 * CPU-bound on that. Turns (replies to a person) keep the SDK's path and its retries; a card that
 * fails here is retried by the outbox with backoff. With an outgoing proxy configured, cards go
 * through the SDK client's calls instead (see `viaSdk`).
 */
export class ProactiveConnector {
  private readonly factories = new Map<string, ConnectorFactory>();
  private readonly agents = {
    http: new HttpAgent({ keepAlive: true }),
    https: new HttpsAgent({ keepAlive: true }),
  };

  /**
   * Behind an outgoing proxy (HTTPS_PROXY / HTTP_PROXY), cards take the SDK client's own calls,
   * whose pipeline honours those settings (and NO_PROXY); plain node:http would not.
   */
  private readonly viaSdk: boolean;

  constructor(
    private readonly auth: BotFrameworkAuthentication,
    private readonly timeoutMs = 30_000,
    env: Record<string, string | undefined> = process.env,
  ) {
    this.viaSdk = ["HTTPS_PROXY", "https_proxy", "HTTP_PROXY", "http_proxy"].some((name) => Boolean(env[name]));
  }

  /** The chat of a stored conversation reference, for the bot `appId` ("" in local mode). */
  chat(appId: string, reference: Partial<ConversationReference>): Chat {
    const conversationId = reference.conversation?.id;
    const serviceUrl = reference.serviceUrl;
    if (!conversationId || !serviceUrl)
      throw new TypeError("conversation reference without conversation or serviceUrl");
    const activities = `v3/conversations/${encodeURIComponent(conversationId)}/activities`;
    return {
      post: async (activity) => {
        const message = outgoing(reference, activity);
        const answer = this.viaSdk
          ? await (await this.client(appId, serviceUrl)).conversations.sendToConversation(conversationId, message)
          : await this.call(appId, serviceUrl, "POST", activities, message);
        return typeof answer?.id === "string" ? answer.id : undefined;
      },
      update: async (activityId, activity) => {
        const message = { ...outgoing(reference, activity), id: activityId };
        if (this.viaSdk)
          await (
            await this.client(appId, serviceUrl)
          ).conversations.updateActivity(conversationId, activityId, message);
        else await this.call(appId, serviceUrl, "PUT", `${activities}/${encodeURIComponent(activityId)}`, message);
      },
    };
  }

  /** Ends the kept-alive connections (on shutdown). */
  close(): void {
    this.agents.http.destroy();
    this.agents.https.destroy();
  }

  private async call(
    appId: string,
    serviceUrl: string,
    method: "POST" | "PUT",
    path: string,
    activity: Partial<Activity>,
  ): Promise<{ id?: unknown } | undefined> {
    const body = JSON.stringify(activity);
    const headers: Record<string, string | number> = {
      "content-type": "application/json; charset=utf-8",
      "content-length": Buffer.byteLength(body),
    };
    await this.sign(appId, serviceUrl, headers);
    const url = new URL(path, serviceUrl.endsWith("/") ? serviceUrl : `${serviceUrl}/`);
    const secure = url.protocol === "https:";
    const response = await new Promise<{ status: number; text: string }>((resolve, reject) => {
      const req = (secure ? httpsRequest : httpRequest)(
        url,
        { method, headers, agent: secure ? this.agents.https : this.agents.http, timeout: this.timeoutMs },
        (res: IncomingMessage) => {
          let text = "";
          res.setEncoding("utf8");
          res.on("data", (chunk: string) => (text += chunk));
          res.on("end", () => resolve({ status: res.statusCode ?? 0, text }));
          res.on("error", reject);
        },
      );
      req.on("timeout", () => req.destroy(new Error(`connector did not answer within ${this.timeoutMs} ms`)));
      req.on("error", reject);
      req.end(body);
    });
    const answer = parseJson(response.text);
    if (response.status < 200 || response.status >= 300) {
      const error = (answer as { error?: { code?: unknown; message?: unknown } } | undefined)?.error;
      throw new ConnectorError(
        response.status,
        typeof error?.code === "string" ? error.code : undefined,
        `connector ${method} answered ${response.status}${typeof error?.message === "string" ? `: ${error.message}` : ""}`,
      );
    }
    return answer as { id?: unknown } | undefined;
  }

  /** The SDK's connector client for the app and channel endpoint (cached by the authentication). */
  private client(appId: string, serviceUrl: string) {
    let factory = this.factories.get(appId);
    if (!factory) {
      // The claims CloudAdapter.continueConversationAsync builds for the bot itself.
      factory = this.auth.createConnectorFactory(
        new ClaimsIdentity([
          { type: AuthenticationConstants.AudienceClaim, value: appId },
          { type: AuthenticationConstants.AppIdClaim, value: appId },
        ]),
      );
      this.factories.set(appId, factory);
    }
    return factory.create(serviceUrl);
  }

  /** The Authorization header the SDK's connector client would send (none in local mode). */
  private async sign(appId: string, serviceUrl: string, headers: Record<string, string | number>): Promise<void> {
    const client = await this.client(appId, serviceUrl);
    // The credentials only ever set headers on the request they sign.
    const request = { headers: { set: (name: string, value: string) => (headers[name.toLowerCase()] = value) } };
    await client.credentials.signRequest(request as unknown as Parameters<typeof client.credentials.signRequest>[0]);
  }
}

/** What TurnContext.applyConversationReference adds to a message the bot sends into a stored chat. */
function outgoing(reference: Partial<ConversationReference>, activity: Partial<Activity> | string): Partial<Activity> {
  const base: Partial<Activity> =
    typeof activity === "string" ? { type: "message", text: activity, inputHint: "acceptingInput" } : { ...activity };
  delete base.id;
  return {
    ...base,
    type: base.type ?? "message",
    channelId: reference.channelId!,
    ...(base.locale || reference.locale ? { locale: base.locale ?? reference.locale! } : {}),
    serviceUrl: reference.serviceUrl!,
    conversation: reference.conversation!,
    ...(reference.bot ? { from: reference.bot } : {}),
    ...(reference.user ? { recipient: reference.user } : {}),
  };
}

function parseJson(text: string): unknown {
  if (!text) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}
