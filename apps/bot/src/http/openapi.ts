import type restify from "restify";
import { apiRoutes, openApiDocument } from "@convenantbot/contract";
import { mountRoute } from "./api-route.js";

/**
 * GET /api/openapi.json: generated from the contract's route table, which mounts every route too.
 * Built on the first request, not at the start (about 20 ms of the cold start), then kept.
 */
export function mountOpenApi(server: restify.Server): void {
  let document: ReturnType<typeof openApiDocument> | undefined;
  mountRoute(server, apiRoutes.openapi, async (_req: restify.Request, res: restify.Response) => {
    document ??= openApiDocument();
    res.json(200, document);
  });
}
