import { resolve } from "node:path";
import type { Server } from "restify";
import type { Logger } from "../../logger.js";
import { sendError } from "../http/errors.js";
import { route } from "../http/handler.js";
import { serveStaticSite } from "../../http/static-site.js";

/** The page lives under one prefix (Vite `base`) so its files can never shadow a bot route. */
export const PAGE_BASE = "/playground";

/**
 * Serves the built page (apps/playground/dist): `/` redirects to `/playground/`, files come
 * from the directory and nothing outside it. A missing build answers 503 saying how to
 * build, which is what a fresh checkout meets first.
 */
export function mountPage(server: Server, options: { staticDir: string; logger: Logger }): void {
  const root = resolve(options.staticDir);
  const redirect = (location: string) =>
    route(options.logger, async (_req, res) => {
      res.writeHead(302, { location });
      res.end();
    });
  server.get("/", redirect(`${PAGE_BASE}/`));
  server.get(PAGE_BASE, redirect(`${PAGE_BASE}/`));

  serveStaticSite(server, {
    base: PAGE_BASE,
    dir: root,
    logger: options.logger,
    notBuilt: {
      nl: "De speeltuin is nog niet gebouwd: voer `pnpm --filter @convenantbot/playground build` uit",
      en: "the playground page is not built: run `pnpm --filter @convenantbot/playground build`",
    },
    // Direct Line's error body format, as the rest of the playground answers.
    sendError: (res, status, code, text) =>
      sendError(res, status, code === "NotBuilt" ? "PlaygroundNotBuilt" : code, text),
  });
}
