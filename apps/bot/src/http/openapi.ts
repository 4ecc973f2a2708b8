import type restify from "restify";
import { z } from "zod";
import { CaseContextSchema, CheckRequestSchema, CheckResponseSchema, SignalActionSchema, SignalSchema } from "@convenantbot/domain";

const schema = (s: z.ZodType) => z.toJSONSchema(s, { io: "input", unrepresentable: "any" });
const error = { type: "object", properties: { message_nl: { type: "string" }, message_en: { type: "string" }, issues: { type: "array" } } };
const json = (s: unknown) => ({ content: { "application/json": { schema: s } } });

/** OpenAPI 3.1, generated from the same zod schemas that validate every request. */
export function openApiDocument() {
  return {
    openapi: "3.1.0",
    info: { title: "Convenantbot API", version: "0.1.0", description: "Checks (facts.md) and signals between convenant partners. Errors in Dutch and English." },
    components: {
      securitySchemes: { apiKey: { type: "http", scheme: "bearer", description: "Per-party API key" } },
      schemas: {
        CheckRequest: schema(CheckRequestSchema),
        CheckResponse: schema(CheckResponseSchema),
        Signal: schema(SignalSchema),
        CaseContext: schema(CaseContextSchema),
        SignalAction: schema(SignalActionSchema),
        Error: error,
      },
    },
    paths: {
      "/api/check": {
        post: {
          summary: "Check eligibility under a rulebook as of a date",
          requestBody: json({ $ref: "#/components/schemas/CheckRequest" }),
          responses: { "200": json({ $ref: "#/components/schemas/CheckResponse" }), "400": json(error) },
        },
      },
      "/api/signals": {
        post: {
          summary: "Send a signal (routed and privacy-filtered by the rulebook)",
          security: [{ apiKey: [] }],
          parameters: [{ name: "Idempotency-Key", in: "header", required: true, schema: { type: "string", maxLength: 200 } }],
          requestBody: json({ allOf: [{ $ref: "#/components/schemas/Signal" }], properties: { caseContext: { $ref: "#/components/schemas/CaseContext" } } }),
          responses: { "201": { description: "stored" }, "200": { description: "repeat of an earlier request" }, "400": json(error), "401": json(error), "409": json(error), "422": json(error), "429": json(error) },
        },
        get: {
          summary: "Signals of the caller's party",
          security: [{ apiKey: [] }],
          parameters: [{ name: "status", in: "query", schema: { type: "string", enum: ["nieuw", "bevestigd", "in_behandeling", "afgesloten", "doorgestuurd"] } }],
          responses: { "200": { description: "list" }, "401": json(error) },
        },
      },
      "/api/signals/{id}": {
        get: {
          summary: "One signal as the caller's party may see it",
          security: [{ apiKey: [] }],
          parameters: [{ name: "id", in: "path", required: true, schema: { type: "string" } }],
          responses: { "200": { description: "the caller's view" }, "403": json(error) },
        },
      },
      "/api/aanmeldingen/{id}/offers": {
        post: {
          summary: "A landlord records the offer of a home for an aanmelding (within-term computed from the case)",
          security: [{ apiKey: [] }],
          parameters: [{ name: "id", in: "path", required: true, schema: { type: "string" } }],
          requestBody: json({ type: "object", properties: { offeredOn: { type: "string", format: "date" } }, required: ["offeredOn"] }),
          responses: { "201": { description: "the offer" }, "400": json(error), "403": json(error) },
        },
      },
      "/api/offers/{id}/response": {
        post: {
          summary: "The tenant's answer to an offer, recorded by the offering landlord",
          security: [{ apiKey: [] }],
          parameters: [{ name: "id", in: "path", required: true, schema: { type: "string" } }],
          requestBody: json({ type: "object", properties: { response: { enum: ["geaccepteerd", "geweigerd"] }, respondedOn: { type: "string", format: "date" } }, required: ["response", "respondedOn"] }),
          responses: { "200": { description: "the offer" }, "400": json(error), "403": json(error) },
        },
      },
      "/api/aanmeldingen/{id}/leases": {
        post: {
          summary: "A temporary lease; its evaluation is due at the end of the rulebook's term",
          security: [{ apiKey: [] }],
          parameters: [{ name: "id", in: "path", required: true, schema: { type: "string" } }],
          requestBody: json({ type: "object", properties: { temporaryStart: { type: "string", format: "date" }, housingOfferId: { type: "string" } }, required: ["temporaryStart"] }),
          responses: { "201": { description: "the lease" }, "400": json(error), "403": json(error) },
        },
      },
      "/api/signals/{id}/actions": {
        post: {
          summary: "bevestigen, oppakken, doorsturen or afsluiten, on the caller's own lifecycle",
          security: [{ apiKey: [] }],
          parameters: [{ name: "id", in: "path", required: true, schema: { type: "string" } }],
          requestBody: json({ $ref: "#/components/schemas/SignalAction" }),
          responses: { "200": { description: "new status (noop true on a repeat)" }, "403": json(error), "422": json(error) },
        },
      },
    },
  };
}

export function mountOpenApi(server: restify.Server): void {
  const document = openApiDocument();
  server.get("/api/openapi.json", async (_req: restify.Request, res: restify.Response) => {
    res.json(200, document);
  });
}
