import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import { extname, resolve, sep } from "node:path";
import type restify from "restify";
import type { Localized } from "@convenantbot/domain";
import type { Logger } from "../logger.js";

const CONTENT_TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".map": "application/json; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".woff2": "font/woff2",
  ".txt": "text/plain; charset=utf-8",
};

export interface StaticSiteOptions {
  /** URL prefix (the Vite `base`), so the site's files can never shadow an API route. */
  base: string;
  dir: string;
  logger: Logger;
  /** Said (503) when the directory has no index.html yet: how to build it. */
  notBuilt: Localized;
  /** Extra response headers for every file (e.g. the tab's frame-ancestors policy). */
  headers?: Record<string, string>;
  /** Each caller keeps its own error body format (Direct Line's or the app's). */
  sendError: (res: restify.Response, status: number, code: string, text: Localized) => void;
}

/**
 * Serves a built single-page site (the playground, the tab): files from one directory and
 * nothing outside it, hashed assets cached for good, pages never, a clear 503 before the
 * first build.
 */
export function serveStaticSite(server: restify.Server, options: StaticSiteOptions): void {
  const root = resolve(options.dir);
  const notFound = { nl: "Bestand niet gevonden", en: "file not found" };
  server.get(`${options.base}/*`, async (req: restify.Request, res: restify.Response) => {
    try {
      const params = (req.params ?? {}) as Record<string, unknown>;
      const wanted = typeof params["*"] === "string" && params["*"] !== "" ? params["*"] : "index.html";
      const file = resolve(root, wanted);
      if (file !== root && !file.startsWith(root + sep)) return options.sendError(res, 404, "NotFound", notFound);
      const info = await stat(file).catch(() => undefined);
      if (!info?.isFile()) {
        const built = await stat(resolve(root, "index.html")).catch(() => undefined);
        if (!built) return options.sendError(res, 503, "NotBuilt", options.notBuilt);
        return options.sendError(res, 404, "NotFound", notFound);
      }
      // Vite puts content hashes in asset names: those never change; the pages always may.
      const immutable = wanted.startsWith("assets/");
      res.writeHead(200, {
        "content-type": CONTENT_TYPES[extname(file).toLowerCase()] ?? "application/octet-stream",
        "content-length": info.size,
        "cache-control": immutable ? "public, max-age=31536000, immutable" : "no-cache",
        ...options.headers,
      });
      await new Promise<void>((done, fail) => {
        createReadStream(file).on("error", fail).on("end", done).pipe(res);
      });
    } catch (err) {
      options.logger.error({ err, path: req.path() }, "static file failed");
      if (!res.headersSent) options.sendError(res, 500, "InternalError", { nl: "Interne fout bij het laden van de pagina", en: "internal error while loading the page" });
    }
  });
}
