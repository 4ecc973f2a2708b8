import { apiRoutes } from "@convenantbot/contract";
import { mountRoute } from "./api-route.js";
import { randomUUID } from "node:crypto";
import restify from "restify";
import type { CloudAdapter } from "botbuilder";
import type { ActivityHandler } from "botbuilder";
import type { Logger } from "../logger.js";
import { jsonBodyGuard } from "./body-guard.js";

export interface ServerDependencies {
  adapter: CloudAdapter;
  bot: ActivityHandler;
  logger: Logger;
  health: () => Promise<{ ok: boolean; detail?: Record<string, unknown> }>;
  /** Extra routes (signals API, tab, playground) mount here. */
  mount?: (server: restify.Server) => void;
}

export function createServer(deps: ServerDependencies): restify.Server {
  const server = restify.createServer({ name: "convenantbot", handleUncaughtExceptions: false });
  server.use(restify.plugins.queryParser({ mapParams: false }));
  // Not restify's bodyParser: it hands multipart uploads to formidable (temp files, no limit).
  // JSON only, limited per route (see body-guard.ts), read before any route handler runs.
  // The bot (and the playground's Direct Line in front of it) answers control characters in
  // the chat itself, naming the field; a 400 there would leave the caseworker without an answer.
  server.use(jsonBodyGuard({ controlCharactersAnsweredBy: ["/api/messages", "/v3/directline/"] }));

  mountRoute(server, apiRoutes.messages, async (req, res) => {
    await deps.adapter.process(req, res, (context) => deps.bot.run(context));
  });

  mountRoute(server, apiRoutes.healthz, async (_req, res) => {
    const health = await deps.health().catch((error: unknown) => {
      // The cause goes to the log; the answer says what it means, without paths or SQL.
      deps.logger.error({ err: error }, "health check failed");
      return {
        ok: false,
        detail: {
          message_nl:
            "De bot kan niet naar zijn opslag schrijven (schijf vol, database weg of beschadigd). Kijk in het log en de vrije ruimte van de datamap.",
          message_en:
            "The bot cannot write to its store (disk full, database away or damaged). Check the log and the free space of the data directory.",
        },
      };
    });
    res.status(health.ok ? 200 : 503);
    res.json({ status: health.ok ? "ok" : "degraded", ...health.detail });
  });

  deps.mount?.(server);

  server.on(
    "restifyError",
    (req: restify.Request, _res: restify.Response, err: Error & { toJSON?: () => unknown }, callback: () => void) => {
      // The error's name and route only: its message may quote the body.
      const status = (err as { statusCode?: number }).statusCode ?? 500;
      const route = req.getRoute()?.path ?? "(no route)";
      if (status >= 500) {
        // Whatever failed inside (SQL, a path, a host) stays in the log, scrubbed; the caller gets a reference.
        const correlationId = randomUUID();
        deps.logger.error({ err, path: String(route), correlationId }, "http error");
        const body = {
          error: "internal",
          message_nl: `Er ging iets mis (kenmerk ${correlationId}).`,
          message_en: `Something went wrong (reference ${correlationId}).`,
          correlationId,
        };
        err.toJSON = () => body;
        // A plain Error (no status) would be re-wrapped by restify as `String(err)`: message and all.
        (err as { statusCode?: number }).statusCode = 500;
      } else deps.logger.warn({ error: err.name, status, path: String(route) }, "http error");
      callback();
    },
  );
  return server;
}

export function listen(server: restify.Server, port: number, host: string): Promise<{ port: number }> {
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => {
      const address = server.address();
      resolve({ port: typeof address === "object" && address ? address.port : port });
    });
  });
}
