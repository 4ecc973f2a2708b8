import {
  CloudAdapter,
  ConfigurationBotFrameworkAuthentication,
  ConfigurationServiceClientCredentialFactory,
  type Activity,
  type TurnContext,
} from "botbuilder";
// The AuthenticationError class CloudAdapter checks with instanceof: the same package and version
// botbuilder depends on (the catalog pins both), so pnpm links the one copy both load.
import { AuthenticationError } from "botframework-connector";
import { LRUCache } from "lru-cache";
import type { Config } from "./config.js";
import { ProactiveConnector } from "./connector/proactive-connector.js";
import type { Logger } from "./logger.js";

type ConnectorFactory = ReturnType<ConfigurationBotFrameworkAuthentication["createConnectorFactory"]>;

/**
 * CloudAdapter with Bot Framework auth from the configuration. Without an app id the SDK
 * accepts unauthenticated requests (local mode); with one, every request needs a valid JWT.
 */
export function createAdapter(
  config: Config,
  logger: Logger,
  errorText: (correlationId: string) => string,
): ConvenantAdapter {
  // In local mode there is no app: the SDK then skips JWT validation and token acquisition.
  const settings = config.localMode
    ? {}
    : {
        MicrosoftAppId: config.MicrosoftAppId,
        MicrosoftAppPassword: config.MicrosoftAppPassword,
        MicrosoftAppType: config.MicrosoftAppType,
        MicrosoftAppTenantId: config.MicrosoftAppTenantId,
        ...(config.BotOpenIdMetadata ? publicCloudWithOpenIdMetadata(config.BotOpenIdMetadata) : {}),
      };
  const credentials = new ConfigurationServiceClientCredentialFactory(settings);
  const auth = new ChannelTokenAuthentication(settings, credentials);
  const adapter = new ConvenantAdapter(auth);
  // Last line of defence: a turn that throws is logged and answered, never crashes the process.
  adapter.onTurnError = async (context: TurnContext, error: unknown) => {
    const correlationId = String(context.turnState.get("correlationId") ?? context.activity.id ?? "onbekend");
    logger.error({ err: error, correlationId, activityType: context.activity.type }, "turn failed");
    try {
      if (context.activity.type === "message") await context.sendActivity(errorText(correlationId));
    } catch (sendError) {
      logger.error({ err: sendError, correlationId }, "could not tell the user about the failed turn");
    }
  };
  return adapter;
}

/** CloudAdapter for turns, plus the outbox's proactive connector on the same authentication (and cached clients). */
export class ConvenantAdapter extends CloudAdapter {
  readonly proactive: ProactiveConnector;

  constructor(auth: ConfigurationBotFrameworkAuthentication) {
    super(auth);
    this.proactive = new ProactiveConnector(auth);
  }
}

/**
 * The public-cloud settings botbuilder uses when none are given (botframework-connector's
 * AuthenticationConstants), with only the channel's OpenID metadata URL replaced. botbuilder
 * switches to its parameterized authentication as soon as one of these is set, and leaves the
 * others undefined (an undefined issuer then rejects every token), so all are spelled out.
 */
function publicCloudWithOpenIdMetadata(openIdMetadataUrl: string) {
  return {
    ToChannelFromBotLoginUrl: "https://login.microsoftonline.com/botframework.com",
    ToChannelFromBotOAuthScope: "https://api.botframework.com",
    ToBotFromChannelTokenIssuer: "https://api.botframework.com",
    OAuthUrl: "https://api.botframework.com",
    ToBotFromChannelOpenIdMetadataUrl: openIdMetadataUrl,
    ToBotFromEmulatorOpenIdMetadataUrl:
      "https://login.microsoftonline.com/common/v2.0/.well-known/openid-configuration",
    CallerId: "urn:botframework:azure",
  };
}

/**
 * botbuilder's CloudAdapter answers 401 only for its own AuthenticationError; a token that
 * fails jsonwebtoken's verification (bad signature under a published kid, alg "none",
 * HS256 keyed with the public key, not yet valid) reaches it as a plain JsonWebTokenError
 * and is answered 500 with the verifier's message in the body. The request is refused either
 * way; this makes it the 401 the channel and monitoring expect, without the details.
 */
class ChannelTokenAuthentication extends ConfigurationBotFrameworkAuthentication {
  override async authenticateRequest(activity: Activity, authHeader: string) {
    let result: Awaited<ReturnType<ConfigurationBotFrameworkAuthentication["authenticateRequest"]>>;
    try {
      result = await super.authenticateRequest(activity, authHeader);
    } catch (error) {
      throw asUnauthorized(error);
    }
    // Every turn, too, got a client built anew (about 5 % of a turn's CPU). A turn's replies keep
    // the SDK's retries (no outbox behind them), so these clients are cached apart.
    const factory = result.connectorFactory;
    if (!factory) return result;
    return { ...result, connectorFactory: this.reusing(factory, `turn ${identityKey(result.claimsIdentity)}`, true) };
  }

  /**
   * Connector clients without their built-in retry policy: a refused card (5xx) is retried
   * by the outbox instead, with backoff that survives a restart and is recorded on the chat
   * and the delivery (the SDK's silent in-process retries held one delivery for many seconds).
   */
  override createConnectorFactory(
    claimsIdentity: Parameters<ConfigurationBotFrameworkAuthentication["createConnectorFactory"]>[0],
  ) {
    return this.reusing(super.createConnectorFactory(claimsIdentity), identityKey(claimsIdentity), false);
  }

  private reusing(factory: ConnectorFactory, who: string, retry: boolean): ConnectorFactory {
    return {
      create: (serviceUrl: string, audience?: string) => {
        // One client per app, channel endpoint and audience, reused: the SDK builds a new one
        // (pipeline, serializer, HTTP agent, so a new TCP connection) for every proactive
        // message, which was a large part of a card's delivery cost. A client holds no per-call
        // state; its credentials object caches and renews the token. Bounded and renewed every
        // ten minutes; a failed creation is not kept.
        const key = `${who} ${serviceUrl} ${audience ?? ""}`;
        let client = this.clients.get(key);
        if (!client) {
          client = factory.create(serviceUrl, audience).then((created) => {
            const pipeline = (
              created as unknown as {
                client?: { pipeline?: { removePolicy(options: { phase?: string; name?: string }): unknown } };
              }
            ).client?.pipeline;
            if (!retry) pipeline?.removePolicy({ phase: "Retry" });
            // Per-request spans and Azure SDK logging nobody reads here (the bot logs the outcome).
            pipeline?.removePolicy({ name: "tracingPolicy" });
            pipeline?.removePolicy({ name: "logPolicy" });
            return created;
          });
          this.clients.set(key, client);
          client.catch(() => this.clients.delete(key));
        }
        return client;
      },
    } as ConnectorFactory;
  }

  /** The user-token client, which the SDK also builds anew for every proactive message: one per app. */
  override createUserTokenClient(
    claimsIdentity: Parameters<ConfigurationBotFrameworkAuthentication["createUserTokenClient"]>[0],
  ) {
    const key = identityKey(claimsIdentity);
    let client = this.userTokenClients.get(key);
    if (!client) {
      client = super.createUserTokenClient(claimsIdentity);
      this.userTokenClients.set(key, client);
      client.catch(() => this.userTokenClients.delete(key));
    }
    return client;
  }

  private readonly userTokenClients = new LRUCache<
    string,
    ReturnType<ConfigurationBotFrameworkAuthentication["createUserTokenClient"]>
  >({ max: 50, ttl: 10 * 60_000 });

  private readonly clients = new LRUCache<
    string,
    ReturnType<ReturnType<ConfigurationBotFrameworkAuthentication["createConnectorFactory"]>["create"]>
  >({
    max: 200,
    ttl: 10 * 60_000,
  });

  override async authenticateStreamingRequest(authHeader: string, channelIdHeader: string) {
    try {
      return await super.authenticateStreamingRequest(authHeader, channelIdHeader);
    } catch (error) {
      throw asUnauthorized(error);
    }
  }
}

const tokenErrors = new Set(["JsonWebTokenError", "NotBeforeError", "TokenExpiredError"]);
/** The claims botbuilder reads the app id from (BuiltinAppIdFromClaims: aud, appid, azp, ver). */
const identityClaims = new Set(["aud", "appid", "azp", "ver"]);

/** The app id the SDK takes from the claims decides a client's credentials; token times do not. */
function identityKey(claimsIdentity: { claims: readonly { type: string; value: string }[] }): string {
  return claimsIdentity.claims
    .filter((c) => identityClaims.has(c.type))
    .map((c) => `${c.type}=${c.value}`)
    .sort()
    .join("&");
}

function asUnauthorized(error: unknown): unknown {
  if (error instanceof Error && tokenErrors.has(error.name)) {
    return new AuthenticationError("Unauthorized Access. Request is not authorized", 401);
  }
  return error;
}
