import { apiRoutes } from "@convenantbot/contract";
import { mountRoute } from "./api-route.js";
import type restify from "restify";
import { check, isDomainError } from "@convenantbot/domain";

/**
 * POST /api/check: the check contract of facts.md over HTTP (same JSON as the CLI).
 * Bad input -> 400 with Dutch and English messages naming the field.
 */
export function mountCheckApi(server: restify.Server): void {
  mountRoute(server, apiRoutes.check, async (req: restify.Request, res: restify.Response) => {
    try {
      res.json(200, check(req.body));
    } catch (error) {
      if (!isDomainError(error)) throw error;
      res.json(400, error.toJSON());
    }
  });
}
