import type { ServerResponse } from "node:http";
import { stat } from "node:fs/promises";
import { resolve, sep } from "node:path";
import type restify from "restify";
import serveStatic from "serve-static";
import type { Localized } from "@convenantbot/domain";
import type { Logger } from "../logger.js";

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
  const sendFile = serveStatic<ServerResponse>(root, {
    index: false,
    redirect: false,
    dotfiles: "ignore",
    cacheControl: false,
    setHeaders: (res, path) => {
      // Vite puts content hashes in asset names: those never change; the pages always may.
      const immutable = path.startsWith(resolve(root, "assets") + sep);
      res.setHeader("cache-control", immutable ? "public, max-age=31536000, immutable" : "no-cache");
      for (const [name, value] of Object.entries(options.headers ?? {})) res.setHeader(name, value);
    },
  });
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
      // serve-static sends the file (content type, length, ETag, conditional and range
      // requests); it sees the path below the prefix, which was checked above.
      const url = req.url;
      req.url = `/${wanted.split("/").map(encodeURIComponent).join("/")}`;
      try {
        await new Promise<void>((done, fail) => {
          res.once("finish", () => done());
          res.once("close", () => done());
          sendFile(req, res, (err?: unknown) => (err ? fail(err) : done()));
        });
      } finally {
        req.url = url;
      }
      // serve-static passes on what it will not send (a dotfile, a file gone meanwhile).
      if (!res.headersSent) options.sendError(res, 404, "NotFound", notFound);
    } catch (err) {
      options.logger.error({ err, path: req.path() }, "static file failed");
      if (!res.headersSent)
        options.sendError(res, 500, "InternalError", {
          nl: "Interne fout bij het laden van de pagina",
          en: "internal error while loading the page",
        });
    }
  });
}
