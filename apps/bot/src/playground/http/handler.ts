import type { Request, Response } from "restify";
import type { Logger } from "../../logger.js";
import { sendError } from "./errors.js";

type AsyncRoute = (req: Request, res: Response) => Promise<void>;

/**
 * restify 11 runs async handlers (two parameters, no `next`); a throw would become restify's
 * own error page. This keeps every playground answer JSON and logs the cause.
 */
export function route(logger: Logger, handler: AsyncRoute): AsyncRoute {
  return async (req, res) => {
    try {
      await handler(req, res);
    } catch (err) {
      logger.error({ err, path: req.path() }, "playground route failed");
      if (!res.headersSent) {
        sendError(res, 500, "InternalError", { nl: "Interne fout in de speeltuin", en: "internal playground error" });
      }
    }
  };
}
