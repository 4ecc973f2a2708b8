import type restify from "restify";
import { apiRoutes, openApiDocument } from "@convenantbot/contract";
import { mountRoute } from "./api-route.js";

/** GET /api/openapi.json: generated from the contract's route table, which mounts every route too. */
export function mountOpenApi(server: restify.Server): void {
  const document = openApiDocument();
  mountRoute(server, apiRoutes.openapi, async (_req: restify.Request, res: restify.Response) => {
    res.json(200, document);
  });
}
