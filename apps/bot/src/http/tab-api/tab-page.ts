import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type restify from "restify";
import type { Logger } from "../../logger.js";
import { sendError } from "../http-errors.js";
import { serveStaticSite } from "../static-site.js";

/** apps/tab/dist, from src/http/tab-api (vitest, tsx) and dist/http/tab-api (built) alike. */
export const TAB_DIST_DIR = fileURLToPath(new URL("../../../../tab/dist", import.meta.url));
export const TAB_BASE = "/tab";

/**
 * Teams shows a tab in a frame of its own web and desktop clients; nobody else may frame it
 * (clickjacking). The hosts are those Microsoft lists for Teams, Outlook and the Microsoft 365 app.
 */
export const FRAME_ANCESTORS =
  "frame-ancestors 'self' https://teams.microsoft.com https://*.teams.microsoft.com https://*.teams.microsoft.us https://local.teams.office.com https://*.office.com https://outlook.office.com https://*.microsoft365.com https://*.cloud.microsoft";

/**
 * Serves the built tab (apps/tab/dist) under /tab/: index.html for /tab/ itself, config.html
 * for the channel tab's setup, the hashed assets; nothing outside the directory. A missing
 * build answers 503 saying how to build, which is what a fresh checkout meets first.
 */
export function mountTabPage(server: restify.Server, options: { logger: Logger; staticDir?: string }): void {
  const root = resolve(options.staticDir ?? TAB_DIST_DIR);
  server.get(TAB_BASE, async (_req: restify.Request, res: restify.Response) => {
    res.writeHead(302, { location: `${TAB_BASE}/` });
    res.end();
  });
  serveStaticSite(server, {
    base: TAB_BASE,
    dir: root,
    logger: options.logger,
    notBuilt: {
      nl: "De tab is nog niet gebouwd: voer `pnpm --filter @convenantbot/tab build` uit.",
      en: "The tab is not built: run `pnpm --filter @convenantbot/tab build`.",
    },
    headers: {
      "content-security-policy": FRAME_ANCESTORS,
      "x-content-type-options": "nosniff",
      "referrer-policy": "no-referrer",
    },
    sendError: (res, status, _code, text) => sendError(res, status, text.nl, text.en),
  });
}
