import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import { extname, resolve, sep } from "node:path";
import type { Server } from "restify";
import type { Logger } from "../../logger.js";
import { sendError } from "../http/errors.js";
import { route } from "../http/handler.js";

/** The page lives under one prefix (Vite `base`) so its files can never shadow a bot route. */
export const PAGE_BASE = "/playground";

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

  server.get(
    `${PAGE_BASE}/*`,
    route(options.logger, async (req, res) => {
      const params = (req.params ?? {}) as Record<string, unknown>;
      const wanted = typeof params["*"] === "string" && params["*"] !== "" ? params["*"] : "index.html";
      const file = resolve(root, wanted);
      if (file !== root && !file.startsWith(root + sep)) {
        sendError(res, 404, "NotFound", { nl: "Bestand niet gevonden", en: "file not found" });
        return;
      }
      const info = await stat(file).catch(() => undefined);
      if (!info?.isFile()) {
        const built = await stat(resolve(root, "index.html")).catch(() => undefined);
        if (!built) {
          sendError(res, 503, "PlaygroundNotBuilt", {
            nl: "De speeltuin is nog niet gebouwd: voer `pnpm --filter @convenantbot/playground build` uit",
            en: "the playground page is not built: run `pnpm --filter @convenantbot/playground build`",
          });
          return;
        }
        sendError(res, 404, "NotFound", { nl: "Bestand niet gevonden", en: "file not found" });
        return;
      }
      // Vite puts content hashes in asset names: those never change; index.html always may.
      const immutable = wanted.startsWith("assets/");
      res.writeHead(200, {
        "content-type": CONTENT_TYPES[extname(file).toLowerCase()] ?? "application/octet-stream",
        "content-length": info.size,
        "cache-control": immutable ? "public, max-age=31536000, immutable" : "no-cache",
      });
      await new Promise<void>((done, fail) => {
        createReadStream(file).on("error", fail).on("end", done).pipe(res);
      });
    }),
  );
}
