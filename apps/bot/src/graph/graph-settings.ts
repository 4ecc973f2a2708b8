import type { Config } from "../config.js";

/** What the Graph adapter needs; derived from the configuration (or given by a test). */
export interface GraphSettings {
  baseUrl: string;
  authorityUrl: string;
  tenantId: string;
  clientId: string;
  clientSecret: string;
  /** The Teams app catalog id to install; without it proactive installation is off. */
  catalogAppId?: string;
  /** First retry delay when Graph gives no Retry-After (doubled per attempt); tests shorten it. */
  retryBaseMs?: number;
}

/**
 * Graph is on only with the bot's full app registration: id, secret and the tenant whose
 * directory the users are in (client credentials need one). Otherwise nothing changes: no
 * installation, no activity feed, the bot reaches people as before.
 */
export function graphSettingsOf(config: Config): GraphSettings | undefined {
  if (config.localMode || !config.MicrosoftAppPassword || !config.MicrosoftAppTenantId) return undefined;
  return {
    baseUrl: config.GRAPH_BASE_URL,
    authorityUrl: config.GRAPH_AUTHORITY_URL,
    tenantId: config.MicrosoftAppTenantId,
    clientId: config.MicrosoftAppId,
    clientSecret: config.MicrosoftAppPassword,
    ...(config.TEAMS_APP_CATALOG_ID ? { catalogAppId: config.TEAMS_APP_CATALOG_ID } : {}),
  };
}
