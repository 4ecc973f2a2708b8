import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import { extname, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";
import type restify from "restify";
import type { Logger } from "../../logger.js";
import { sendError } from "../http-errors.js";

/** apps/tab/dist, from src/http/tab-api (vitest, tsx) and dist/http/tab-api (built) alike. */
export const TAB_DIST_DIR = fileURLToPath(new URL("../../../../tab/dist", import.meta.url));
export const TAB_BASE = "/tab";

const CONTENT_TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".map": "application/json; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".woff2": "font/woff2",
};

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
  server.get(`${TAB_BASE}/*`, async (req: restify.Request, res: restify.Response) => {
    try {
      const params = (req.params ?? {}) as Record<string, unknown>;
      const wanted = typeof params["*"] === "string" && params["*"] !== "" ? params["*"] : "index.html";
      const file = resolve(root, wanted);
      if (file !== root && !file.startsWith(root + sep)) {
        sendError(res, 404, "Bestand niet gevonden.", "File not found.");
        return;
      }
      const info = await stat(file).catch(() => undefined);
      if (!info?.isFile()) {
        const built = await stat(resolve(root, "index.html")).catch(() => undefined);
        if (!built) sendError(res, 503, "De tab is nog niet gebouwd: voer `pnpm --filter @convenantbot/tab build` uit.", "The tab is not built: run `pnpm --filter @convenantbot/tab build`.");
        else sendError(res, 404, "Bestand niet gevonden.", "File not found.");
        return;
      }
      // Vite puts content hashes in asset names: those never change; the pages always may.
      const immutable = wanted.startsWith("assets/");
      res.writeHead(200, {
        "content-type": CONTENT_TYPES[extname(file).toLowerCase()] ?? "application/octet-stream",
        "content-length": info.size,
        "cache-control": immutable ? "public, max-age=31536000, immutable" : "no-cache",
        "content-security-policy": FRAME_ANCESTORS,
        "x-content-type-options": "nosniff",
        "referrer-policy": "no-referrer",
      });
      await new Promise<void>((done, fail) => {
        createReadStream(file).on("error", fail).on("end", done).pipe(res);
      });
    } catch (err) {
      options.logger.error({ err, path: req.path() }, "tab page failed");
      if (!res.headersSent) sendError(res, 500, "Interne fout bij het laden van de tab.", "Internal error while loading the tab.");
    }
  });
}
