import { z } from "zod";

const csv = z
  .string()
  .optional()
  .transform((value) =>
    (value ?? "")
      .split(",")
      .map((s) => s.trim())
      .filter(Boolean),
  );

/** Environment, validated once at start-up: a wrong setting stops the process with its name. */
export const ConfigSchema = z
  .object({
    MicrosoftAppId: z.string().optional().default(""),
    MicrosoftAppPassword: z.string().optional().default(""),
    MicrosoftAppType: z.enum(["SingleTenant", "MultiTenant", "UserAssignedMSI"]).default("SingleTenant"),
    MicrosoftAppTenantId: z.string().optional().default(""),
    /**
     * botbuilder's own setting for where channel tokens' signing keys are published (OpenID
     * metadata). Unset in production (the public Bot Framework metadata); the security tests
     * point it at a loopback issuer to sign tokens with a local test key.
     */
    BotOpenIdMetadata: z.string().url().optional(),
    /** Teams tenants allowed to talk to the bot; empty means only the demo tenant in local mode. */
    ALLOWED_TENANTS: csv,
    DATABASE_URL: z.string().url().optional(),
    /** The bot's public https address (e.g. https://convenantbot.example.nl): links from cards to the tab. */
    PUBLIC_URL: z.string().url().optional(),
    /** The Teams app id of the manifest (not the bot id): cards then deep-link into the Teams tab itself. */
    TEAMS_APP_ID: z.string().uuid().optional(),
    /**
     * Microsoft Graph (proactive installation, activity feed), called with the bot's own app
     * registration (client credentials). Off without MicrosoftAppId/Password/TenantId.
     */
    GRAPH_BASE_URL: z.string().url().default("https://graph.microsoft.com/v1.0"),
    /** Where client-credential tokens come from (`<authority>/<tenant>/oauth2/v2.0/token`); national clouds differ. */
    GRAPH_AUTHORITY_URL: z.string().url().default("https://login.microsoftonline.com"),
    /**
     * The app's id in the organisation's Teams app catalog (not the manifest id: Graph generates
     * it when the app is uploaded). Without it the bot does not install itself for members.
     */
    TEAMS_APP_CATALOG_ID: z.string().min(1).optional(),
    /**
     * The Bot Connector address for a personal chat recovered through Graph, used only when no
     * turn of the tenant gave one yet (Microsoft's well-known public-cloud address; national clouds differ).
     */
    TEAMS_SERVICE_URL: z.string().url().default("https://smba.trafficmanager.net/teams/"),
    DATA_DIR: z.string().default("./data/pglite"),
    PORT: z.coerce.number().int().min(0).max(65535).default(3978),
    HOST: z.string().default("127.0.0.1"),
    /** Signals API rate limit per key (requests per second, and the burst); a bench raises it. */
    API_RATE_PER_SECOND: z.coerce.number().positive().default(20),
    API_RATE_BURST: z.coerce.number().int().positive().default(100),
    LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
    /** Seed the demo parties and caseworkers (the local playground); on by default in local mode. */
    DEMO_DATA: z.enum(["true", "false"]).optional(),
    /**
     * Teams SSO for the tab's API: the token audiences to accept (the app registration's
     * Application ID URI `api://<domain>/<client id>` and/or the client id). Empty: the bot's
     * MicrosoftAppId and `api://<any domain>/<MicrosoftAppId>`; in local mode without an app id, SSO is off.
     */
    TAB_SSO_AUDIENCE: csv,
    /** Where the token signing keys are (Microsoft Entra ID); tests point it at a loopback JWKS. */
    TAB_SSO_JWKS_URL: z.string().url().default("https://login.microsoftonline.com/common/discovery/v2.0/keys"),
  })
  .transform((env) => {
    const localMode = env.MicrosoftAppId === "";
    return { ...env, localMode, demoData: env.DEMO_DATA ? env.DEMO_DATA === "true" : localMode };
  });
export type Config = z.infer<typeof ConfigSchema>;

export const DEMO_TENANT_ID = "00000000-0000-0000-0000-000000000001";

/** An address only this machine can reach: 127.0.0.0/8, ::1, localhost. */
export function isLoopbackHost(host: string): boolean {
  const h = host
    .trim()
    .toLowerCase()
    .replace(/^\[|\]$/g, "");
  return h === "localhost" || h === "::1" || /^127(?:\.\d{1,3}){3}$/.test(h) || /^::ffff:127(?:\.\d{1,3}){3}$/.test(h);
}

export class ConfigError extends Error {
  override readonly name = "ConfigError";
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  // `DATABASE_URL=` in a .env file or a compose file means "not set", not "an empty URL".
  const given = Object.fromEntries(
    Object.entries(env).filter(([, value]) => value !== undefined && value.trim() !== ""),
  );
  const parsed = ConfigSchema.safeParse(given);
  if (!parsed.success) {
    const fields = parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ");
    throw new ConfigError(`Ongeldige configuratie / invalid configuration: ${fields}`);
  }
  // Without an app id nothing is authenticated (local mode): anyone who can reach the port
  // acts as any caseworker. That is only acceptable on loopback.
  if (parsed.data.localMode && !isLoopbackHost(parsed.data.HOST)) {
    throw new ConfigError(
      `HOST=${parsed.data.HOST} zonder MicrosoftAppId en MicrosoftAppPassword: zonder app-gegevens is er geen authenticatie, dan kan iedereen in het netwerk als elke medewerker optreden. ` +
        `Zet MicrosoftAppId/MicrosoftAppPassword, of gebruik HOST=127.0.0.1. / ` +
        `HOST=${parsed.data.HOST} without MicrosoftAppId and MicrosoftAppPassword: without app credentials nothing is authenticated, so anyone on the network could act as any caseworker. ` +
        `Set MicrosoftAppId/MicrosoftAppPassword, or use HOST=127.0.0.1.`,
    );
  }
  if (
    !parsed.data.localMode &&
    parsed.data.MicrosoftAppType !== "UserAssignedMSI" &&
    parsed.data.MicrosoftAppPassword === ""
  ) {
    throw new ConfigError(
      "MicrosoftAppId is gezet maar MicrosoftAppPassword niet: zo kan de bot geen antwoorden sturen. / MicrosoftAppId is set but MicrosoftAppPassword is not: the bot could not send replies.",
    );
  }
  return parsed.data;
}

/** In local mode only the demo tenant passes unless an allow-list is given. */
export function allowedTenants(config: Config): readonly string[] {
  if (config.ALLOWED_TENANTS.length > 0) return config.ALLOWED_TENANTS;
  return config.localMode ? [DEMO_TENANT_ID] : [config.MicrosoftAppTenantId].filter(Boolean);
}
