import { createDocument, type ZodOpenApiOperationObject, type ZodOpenApiPathsObject } from "zod-openapi";
import type { oas31 } from "zod-openapi";
import { apiRoutes } from "./routes.js";
import type { RouteAuth, RouteSpec } from "./route-spec.js";

const security: Record<RouteAuth, ZodOpenApiOperationObject["security"]> = {
  none: [],
  apiKey: [{ apiKey: [] }],
  tabSso: [{ teamsSso: [] }],
  botFramework: [{ botFramework: [] }],
};

function operation(id: string, route: RouteSpec): ZodOpenApiOperationObject {
  return {
    operationId: id,
    summary: route.summary,
    tags: [route.tag],
    security: security[route.auth],
    ...(route.params || route.query || route.headers
      ? {
          requestParams: {
            ...(route.params ? { path: route.params } : {}),
            ...(route.query ? { query: route.query } : {}),
            ...(route.headers ? { header: route.headers } : {}),
          },
        }
      : {}),
    ...(route.body
      ? {
          requestBody: {
            required: true,
            content: { [route.bodyMediaType ?? "application/json"]: { schema: route.body } },
          },
        }
      : {}),
    responses: Object.fromEntries(
      Object.entries(route.responses).map(([status, response]) => [
        status,
        {
          description: response.description,
          ...(response.schema ? { content: { "application/json": { schema: response.schema } } } : {}),
        },
      ]),
    ),
  };
}

/** OpenAPI 3.1 for every route of the table, from the same zod schemas that validate each request. */
export function openApiDocument(routes: Readonly<Record<string, RouteSpec>> = apiRoutes): oas31.OpenAPIObject {
  const paths: ZodOpenApiPathsObject = {};
  for (const [id, route] of Object.entries(routes))
    paths[route.path] = { ...paths[route.path], [route.method]: operation(id, route) };
  return createDocument({
    openapi: "3.1.0",
    info: {
      title: "Convenantbot API",
      version: "0.2.0",
      description:
        "Checks (facts.md), signals, aanmeldingen and shared cases between convenant partners, and the Teams tab's API. Errors in Dutch and English.",
    },
    components: {
      securitySchemes: {
        apiKey: { type: "http", scheme: "bearer", description: "Per-party API key (`pnpm api-key <partyId>`)" },
        teamsSso: {
          type: "http",
          scheme: "bearer",
          bearerFormat: "JWT",
          description: "Teams SSO token of the tab's user",
        },
        botFramework: {
          type: "http",
          scheme: "bearer",
          bearerFormat: "JWT",
          description: "Bot Framework channel token",
        },
      },
    },
    paths,
  });
}
