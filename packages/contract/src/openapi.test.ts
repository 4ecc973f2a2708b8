import { describe, expect, it } from "vitest";
import { openApiDocument } from "./openapi.js";
import { apiRoutes } from "./routes.js";

describe("the OpenAPI document is generated from the route table", () => {
  const document = openApiDocument();

  it("documents every route of the table, with its method", () => {
    for (const [id, route] of Object.entries(apiRoutes)) {
      const operation = document.paths?.[route.path]?.[route.method];
      expect(operation, `${route.method} ${route.path}`).toBeDefined();
      expect(operation!.operationId).toBe(id);
    }
    const documented = Object.values(document.paths ?? {}).flatMap((item) =>
      Object.keys(item ?? {}).filter((k) => ["get", "post"].includes(k)),
    );
    expect(documented).toHaveLength(Object.keys(apiRoutes).length);
  });

  it("includes the tab's routes and the VNG export, which the hand-written document left out", () => {
    expect(Object.keys(document.paths ?? {})).toEqual(
      expect.arrayContaining([
        "/api/tab/me",
        "/api/tab/signals/{id}",
        "/api/tab/aanmeldingen/{id}/steps",
        "/api/tab/monitoring/{rulebook}",
        "/api/signals/export/vng",
      ]),
    );
  });

  it("describes parameters, bodies and answers from the zod schemas that validate them", () => {
    const vng = document.paths!["/api/signals/export/vng"]!.get!;
    const query = (vng.parameters ?? []).map((p) => ("name" in p ? `${p.in}:${p.name}:${String(p.required)}` : ""));
    expect(query).toEqual(expect.arrayContaining(["query:gemeentecode:true", "query:from:true", "query:to:true"]));
    const post = document.paths!["/api/signals"]!.post!;
    expect((post.parameters ?? []).map((p) => ("name" in p ? `${p.in}:${p.name}` : ""))).toContain(
      "header:idempotency-key",
    );
    expect(JSON.stringify(post.requestBody)).toMatch(/huurachterstand/);
    // The sender's own dossier number (issue 15 item 7), on one signal and on every batch row.
    expect(JSON.stringify(post.requestBody)).toContain('"ownReference"');
    expect(JSON.stringify(document.paths!["/api/signals/batch"]!.post!.requestBody)).toContain('"ownReference"');
    const me = document.paths!["/api/tab/me"]!.get!;
    expect(JSON.stringify(me.responses?.["200"])).toMatch(/coordinator/);
    expect(me.security).toEqual([{ teamsSso: [] }]);
    // Every error answer has the bilingual shape.
    expect(JSON.stringify(document.paths!["/api/offers/{id}/response"]!.post!.responses?.["403"])).toMatch(
      /message_nl/,
    );
  });
});
