import type { Server } from "restify";
import { DEMO_TENANT_ID } from "../config.js";
import { CONNECTOR_BASE, mountConnector } from "./connector/routes.js";
import type { PlaygroundContext } from "./context.js";
import { DIRECT_LINE_BASE, mountDirectLine } from "./direct-line/routes.js";
import { TokenStore } from "./direct-line/tokens.js";
import { DEFAULT_BOT, DEFAULT_STATIC_DIR, type DemoUser, type PlaygroundOptions } from "./options.js";
import { bilingualBodyErrors } from "./http/body-errors.js";
import { mountConfig } from "./page/config-route.js";
import { mountPage, PAGE_BASE } from "./page/serve-page.js";
import { ActivityLog, type LogEntry } from "./state/activity-log.js";
import type { ActivityJson } from "./state/activity.js";
import { ConversationStore } from "./state/conversation-store.js";

export type { DemoUser, PlaygroundOptions, LogEntry, ActivityJson };
export { CONNECTOR_BASE, DIRECT_LINE_BASE, PAGE_BASE };

/** What a test (or the lead's e2e suite) can see of a mounted playground. */
export interface Playground {
  /** The `serviceUrl` the bot answers to: `<publicBaseUrl>/connector`. */
  serviceUrl(): string;
  /** Every activity in and out, oldest first (bounded). */
  getLog(): readonly LogEntry[];
  clearLog(): void;
  /** The conversation id a user's proactive messages and next Web Chat session use, if any. */
  conversationOf(userId: string): string | undefined;
  /** The activities currently kept for a conversation (updates replace in place). */
  activitiesOf(conversationId: string): readonly ActivityJson[];
}

/**
 * Mounts the local playground on the bot's restify server (which must run restify's
 * bodyParser, as http/server.ts does): Direct Line 3.0 for Web Chat at /v3/directline, the
 * Bot Connector the bot answers to at /connector, the page at /playground/ (`/` redirects)
 * and its config at /playground/config.json. Local mode only: nothing here checks a secret.
 */
export function mountPlayground(server: Server, options: PlaygroundOptions): Playground {
  const clock = options.clock ?? (() => new Date());
  const store = new ConversationStore(options.limits);
  const log = new ActivityLog(options.limits?.maxLogEntries, clock);
  const serviceUrl = () => `${options.publicBaseUrl().replace(/\/+$/, "")}${CONNECTOR_BASE}`;
  const context: PlaygroundContext = {
    store,
    tokens: new TokenStore({
      now: () => clock().getTime(),
      ...(options.limits?.maxTokens ? { maxTokens: options.limits.maxTokens } : {}),
    }),
    log,
    logger: options.logger,
    serviceUrl,
    botMessagesUrl: options.botMessagesUrl,
    bot: options.bot ?? DEFAULT_BOT,
    channelId: "directline",
    tenantId: options.tenantId ?? DEMO_TENANT_ID,
    clock,
    forwardTimeoutMs: options.forwardTimeoutMs ?? 15_000,
  };

  bilingualBodyErrors(server, [DIRECT_LINE_BASE, CONNECTOR_BASE]);
  mountDirectLine(server, context);
  mountConnector(server, context);
  mountConfig(
    server,
    {
      tenantId: context.tenantId,
      locale: "nl-NL",
      directLinePath: DIRECT_LINE_BASE,
      bot: context.bot,
      demoUsers: options.demoUsers ?? [],
    },
    options.logger,
  );
  mountPage(server, { staticDir: options.staticDir ?? DEFAULT_STATIC_DIR, logger: options.logger });

  return {
    serviceUrl,
    getLog: () => log.entries(),
    clearLog: () => log.clear(),
    conversationOf: (userId) => store.latestForUser(userId)?.id,
    activitiesOf: (conversationId) => {
      const conversation = store.get(conversationId);
      return conversation ? conversation.entries.map((entry) => entry.activity) : [];
    },
  };
}
