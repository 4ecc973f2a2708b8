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
  server.use(jsonBodyGuard());

  server.post("/api/messages", async (req, res) => {
    await deps.adapter.process(req, res, (context) => deps.bot.run(context));
  });

  server.get("/healthz", async (_req, res) => {
    const health = await deps.health().catch((error: unknown) => ({ ok: false, detail: { error: String(error) } }));
    res.status(health.ok ? 200 : 503);
    res.json({ status: health.ok ? "ok" : "degraded", ...health.detail });
  });

  deps.mount?.(server);

  server.on("restifyError", (req: restify.Request, _res: restify.Response, err: Error & { toJSON?: () => unknown }, callback: () => void) => {
    // The error's name and route only: its message may quote the body.
    deps.logger.warn({ error: err.name, path: req.getRoute()?.path ?? "(no route)" }, "http error");
    callback();
  });
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
