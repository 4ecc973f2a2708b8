// The contract's route table against what the running bot really mounts: every route of the
// API is a row (so OpenAPI documents it), and every row is mounted through its own spec.
import { describe, expect, it } from "vitest";
import { apiRoutes, restifyPath } from "@convenantbot/contract";
import { useTestApp } from "../testing/test-app.js";
import { mountedApiRoutes } from "./api-route.js";
import { ADMIN_API_KEYS_PATH } from "../maintenance/admin-channel.js";
import { CONNECTOR_BASE, DIRECT_LINE_BASE, PAGE_BASE } from "../playground/index.js";
import { TAB_BASE } from "./tab-api/tab-page.js";

/** Not the product's API: Microsoft's protocols played locally, the static pages, the loopback admin route. */
const outsideTheApi = [DIRECT_LINE_BASE, CONNECTOR_BASE, PAGE_BASE, TAB_BASE, ADMIN_API_KEYS_PATH];
const isOutside = (path: string) =>
  path === "/" || outsideTheApi.some((base) => path === base || path.startsWith(`${base}/`));

const ctx = useTestApp();

describe("the route table is the API", () => {
  it("every route the server mounts is a row of the table, or named as outside the API", () => {
    const router = (
      ctx.app.server as unknown as { router: { getRoutes(): Record<string, { method: string; path: string }> } }
    ).router;
    const mounted = Object.values(router.getRoutes()).map((r) => `${r.method.toLowerCase()} ${String(r.path)}`);
    const table = new Set(Object.values(apiRoutes).map((r) => `${r.method} ${restifyPath(r.path)}`));
    const unlisted = mounted.filter((route) => !table.has(route) && !isOutside(route.split(" ")[1]!));
    expect(unlisted).toEqual([]);
    // ...and every row is mounted, through its own spec.
    const missing = [...table].filter((route) => !mounted.includes(route));
    expect(missing).toEqual([]);
    expect(new Set(mountedApiRoutes.get(ctx.app.server))).toEqual(new Set(Object.values(apiRoutes)));
  });

  it("GET /api/openapi.json documents every row", async () => {
    const response = await fetch(`${ctx.app.url}/api/openapi.json`);
    expect(response.status).toBe(200);
    const document = (await response.json()) as {
      openapi: string;
      paths: Record<string, Record<string, { operationId: string }>>;
    };
    expect(document.openapi).toBe("3.1.0");
    for (const [id, route] of Object.entries(apiRoutes))
      expect(document.paths[route.path]?.[route.method]?.operationId, id).toBe(id);
  });
});
