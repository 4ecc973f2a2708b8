import { msg } from "@convenantbot/cards";
import { openStore, seedDemoData, type Store } from "@convenantbot/store";
import { createAdapter } from "./adapter.js";
import { ConvenantBot } from "./bot/convenant-bot.js";
import { allowedTenants, type Config } from "./config.js";
import { createServer, listen } from "./http/server.js";
import { createLogger, type Logger } from "./logger.js";
import { storePorts } from "./store-ports.js";
import { mountPlayground } from "./playground/index.js";
import { demoMembers } from "@convenantbot/store";
import type restify from "restify";

export interface RunningApp {
  port: number;
  url: string;
  store: Store;
  server: restify.Server;
  logger: Logger;
  close(): Promise<void>;
}

export interface AppOptions {
  /** An already opened store (tests share one); otherwise opened from the configuration. */
  store?: Store;
  logger?: Logger;
  clock?: () => Date;
  mount?: (server: restify.Server, app: { store: Store; logger: Logger; baseUrl: () => string }) => void;
}

/** The composition root: configuration -> store -> bot -> HTTP server. */
export async function startApp(config: Config, options: AppOptions = {}): Promise<RunningApp> {
  const logger = options.logger ?? createLogger(config.LOG_LEVEL);
  if (config.localMode) logger.warn("local mode: no MicrosoftAppId set, Bot Framework authentication is off");
  const store =
    options.store ??
    (await openStore({ ...(config.DATABASE_URL ? { databaseUrl: config.DATABASE_URL } : { dataDir: config.DATA_DIR }) }));
  if (config.demoData) await seedDemoData(store);
  const ports = storePorts(store);
  const adapter = createAdapter(config, logger, (correlationId) => msg("nl", "bot.turnError", { correlationId }));
  const bot = new ConvenantBot({
    ports,
    logger,
    allowedTenants: allowedTenants(config),
    ...(options.clock ? { clock: options.clock } : {}),
  });
  let baseUrl = "";
  const server = createServer({
    adapter,
    bot,
    logger,
    health: async () => {
      await store.db.selectFrom("parties").select("id").limit(1).execute();
      return { ok: true, detail: { engine: store.engine, localMode: config.localMode } };
    },
    mount: (s: restify.Server) => {
      // The playground (Web Chat + local Direct Line + connector) exists only in local mode:
      // it has no authentication of its own.
      if (config.localMode) {
        mountPlayground(s, {
          publicBaseUrl: () => baseUrl,
          botMessagesUrl: () => `${baseUrl}/api/messages`,
          logger,
          demoUsers: demoMembers.map((m) => ({
            id: m.teamsUserId,
            name: m.displayName,
            aadObjectId: m.aadObjectId,
            role: m.role,
            partyName: m.displayName.replace(/^.*\((.*)\)$/, "$1"),
          })),
        });
      }
      options.mount?.(s, { store, logger, baseUrl: () => baseUrl });
    },
  });
  const { port } = await listen(server, config.PORT, config.HOST);
  baseUrl = `http://${config.HOST === "0.0.0.0" ? "127.0.0.1" : config.HOST}:${port}`;
  logger.info({ url: baseUrl, engine: store.engine }, "Convenantbot listening");
  return {
    port,
    url: baseUrl,
    store,
    server,
    logger,
    async close() {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      if (!options.store) await store.close();
    },
  };
}
