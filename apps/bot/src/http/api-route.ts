import type restify from "restify";
import { restifyPath, type RouteSpec } from "@convenantbot/contract";
import { withBodyLimit } from "./body-guard.js";

/** The routes mounted through the contract's table, so a test can hold the two side by side. */
export const mountedApiRoutes = new WeakMap<restify.Server, RouteSpec[]>();

/**
 * Mounts a handler at its row of the contract's route table (@convenantbot/contract
 * `apiRoutes`): method, path and body limit come from the row that OpenAPI documents.
 */
export function mountRoute(server: restify.Server, route: RouteSpec, handler: restify.RequestHandlerType): void {
  const path = restifyPath(route.path);
  const target = route.maxBodyBytes ? withBodyLimit(path, route.maxBodyBytes) : path;
  if (route.method === "get") server.get(target, handler);
  else server.post(target, handler);
  mountedApiRoutes.set(server, [...(mountedApiRoutes.get(server) ?? []), route]);
}
