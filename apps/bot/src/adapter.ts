import {
  CloudAdapter,
  ConfigurationBotFrameworkAuthentication,
  ConfigurationServiceClientCredentialFactory,
  type TurnContext,
} from "botbuilder";
import type { Config } from "./config.js";
import type { Logger } from "./logger.js";

/**
 * CloudAdapter with Bot Framework auth from the configuration. Without an app id the SDK
 * accepts unauthenticated requests (local mode); with one, every request needs a valid JWT.
 */
export function createAdapter(config: Config, logger: Logger, errorText: (correlationId: string) => string): CloudAdapter {
  // In local mode there is no app: the SDK then skips JWT validation and token acquisition.
  const settings = config.localMode
    ? {}
    : {
        MicrosoftAppId: config.MicrosoftAppId,
        MicrosoftAppPassword: config.MicrosoftAppPassword,
        MicrosoftAppType: config.MicrosoftAppType,
        MicrosoftAppTenantId: config.MicrosoftAppTenantId,
      };
  const credentials = new ConfigurationServiceClientCredentialFactory(settings);
  const auth = new ConfigurationBotFrameworkAuthentication(settings, credentials);
  const adapter = new CloudAdapter(auth);
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
