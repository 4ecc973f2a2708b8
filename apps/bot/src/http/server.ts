import restify from "restify";
import type { CloudAdapter } from "botbuilder";
import type { ActivityHandler } from "botbuilder";
import type { Logger } from "../logger.js";

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
  server.use(restify.plugins.bodyParser({ mapParams: false, maxBodySize: 256 * 1024 }));

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
    deps.logger.warn({ err, path: req.path() }, "http error");
    // restify's body parser answers malformed JSON in English only; our API answers Dutch first.
    // (The playground's Direct Line routes set their own format on the specific event, first.)
    if (err.name === "InvalidContentError" && req.path().startsWith("/api/")) {
      const body = {
        error: "invalid_input",
        message_nl: "Ongeldige invoer: de body is geen geldige JSON.",
        message_en: `Invalid input: the body is not valid JSON (${err.message}).`,
        issues: [{ field: "(body)", message_nl: "Geen geldige JSON.", message_en: "Not valid JSON." }],
      };
      err.toJSON = () => body;
    }
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
