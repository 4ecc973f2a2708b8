import type { AddressInfo } from "node:net";
import { ActivityHandler, CloudAdapter, ConfigurationBotFrameworkAuthentication } from "botbuilder";
import { pino } from "pino";
import type { Server } from "restify";
import { createServer, listen } from "../../http/server.js";
import type { Logger } from "../../logger.js";
import { mountPlayground, type Playground, type PlaygroundOptions } from "../index.js";
import { EchoBot } from "./echo-bot.js";

export interface PlaygroundServerOptions {
  /** The bot behind /api/messages; default an EchoBot. */
  bot?: ActivityHandler;
  /** Default: CloudAdapter without an app id (local mode: no tokens either way). */
  adapter?: CloudAdapter;
  demoUsers?: PlaygroundOptions["demoUsers"];
  staticDir?: string;
  limits?: PlaygroundOptions["limits"];
  forwardTimeoutMs?: number;
  logger?: Logger;
  /** Default 0 (a free port); a test restarting "the same server" passes the old one's port. */
  port?: number;
}

export interface PlaygroundServer {
  /** e.g. http://127.0.0.1:40123 */
  baseUrl: string;
  /** e.g. http://127.0.0.1:40123/connector: what the bot answers to. */
  serviceUrl: string;
  server: Server;
  adapter: CloudAdapter;
  bot: ActivityHandler;
  playground: Playground;
  close(): Promise<void>;
}

/** A local-mode CloudAdapter, as the bot runs without MicrosoftAppId. */
export function localAdapter(): CloudAdapter {
  return new CloudAdapter(new ConfigurationBotFrameworkAuthentication({}));
}

/**
 * The bot's own HTTP server (http/server.ts, so the same parsers and routes) with the
 * playground mounted, on 127.0.0.1 and a free port. `close()` ends open keep-alive
 * connections too, so a test file never waits on a socket.
 */
export async function startPlaygroundServer(options: PlaygroundServerOptions = {}): Promise<PlaygroundServer> {
  const logger = options.logger ?? pino({ level: process.env.PLAYGROUND_TEST_LOG ?? "silent" });
  const bot = options.bot ?? new EchoBot();
  const adapter = options.adapter ?? localAdapter();
  let baseUrl = "";
  let playground: Playground | undefined;
  const server = createServer({
    adapter,
    bot,
    logger,
    health: async () => ({ ok: true }),
    mount: (app) => {
      playground = mountPlayground(app, {
        publicBaseUrl: () => baseUrl,
        botMessagesUrl: () => `${baseUrl}/api/messages`,
        logger,
        ...(options.demoUsers ? { demoUsers: options.demoUsers } : {}),
        ...(options.staticDir ? { staticDir: options.staticDir } : {}),
        ...(options.limits ? { limits: options.limits } : {}),
        ...(options.forwardTimeoutMs ? { forwardTimeoutMs: options.forwardTimeoutMs } : {}),
      });
    },
  });
  await listen(server, options.port ?? 0, "127.0.0.1");
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  if (!playground) throw new Error("createServer did not call mount");
  return {
    baseUrl,
    serviceUrl: playground.serviceUrl(),
    server,
    adapter,
    bot,
    playground,
    close: () =>
      new Promise<void>((resolve) => {
        server.server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
