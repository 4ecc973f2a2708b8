/**
 * Every HTTP route of the bot's API, one row each: the bot mounts its handlers by these rows
 * and OpenAPI (openapi.ts) is generated from them, so neither can leave a route out. The
 * playground's Direct Line and connector stand-ins, the static pages and the loopback admin
 * route are not part of the API and are not listed (the bot's route test names them).
 */
import { z } from "zod";
import { CaseActionSchema, CheckRequestSchema, CheckResponseSchema } from "@convenantbot/domain";
import {
  IdempotencyKeySchema,
  SignalBatchAnswerSchema,
  SignalPostSchema,
  LeaseRequestSchema,
  OfferAnswerRequestSchema,
  OfferRequestSchema,
  PartnerSignalListQuerySchema,
  RecordIdParamsSchema,
  VngExportQuerySchema,
} from "./public-api.js";
import type { RouteResponse, RouteSpec } from "./route-spec.js";
import {
  AanmeldingListSchema,
  ApiErrorSchema,
  CaseStepRequestSchema,
  CaseStepResultSchema,
  DevUsersSchema,
  MeSchema,
  MonitoringSchema,
  QuotaDashboardSchema,
  RulebookIdSchema,
  SignalActionRequestSchema,
  SignalActionResultSchema,
  SignalDetailSchema,
  SignalIdParamSchema,
  SignalListQuerySchema,
  SignalListSchema,
} from "./tab-api.js";

/** The signal batch: 10,000 signals of up to ~1.5 KB each (issue 18). */
export const SIGNAL_BATCH_MAX_BODY_BYTES = 16 * 1024 * 1024;
export const SIGNAL_BATCH_MAX_ROWS = 10_000;

const error = (description: string): RouteResponse => ({ description, schema: ApiErrorSchema });
const badRequest = error("Invalid input; `issues` names each field (Dutch and English).");
const unauthorized = error("No valid credential.");
const forbidden = error("Not the caller's to see or do (also when the record does not exist).");
const tooMany = error("Over the key's rate; `Retry-After` says when to try again.");
const idempotent = z.object({ "idempotency-key": IdempotencyKeySchema });
const idempotentOptional = z.object({ "idempotency-key": IdempotencyKeySchema.optional() });
const signalId = z.object({ id: SignalIdParamSchema });
const rulebook = z.object({ rulebook: RulebookIdSchema });

export const apiRoutes = {
  check: {
    method: "post",
    path: "/api/check",
    tag: "check",
    auth: "none",
    summary: "Check eligibility under a rulebook as of a date (the contract of facts.md)",
    body: CheckRequestSchema,
    responses: {
      200: {
        description: "The outcome with every rule, its article and the missing facts",
        schema: CheckResponseSchema,
      },
      400: badRequest,
    },
  },
  signalPost: {
    method: "post",
    path: "/api/signals",
    tag: "signals",
    auth: "apiKey",
    summary: "Send a signal, routed and privacy-filtered by its rulebook",
    headers: idempotent,
    body: SignalPostSchema,
    responses: {
      201: { description: "Stored and routed" },
      200: { description: "A repeat of an earlier request with the same Idempotency-Key" },
      400: badRequest,
      401: unauthorized,
      409: error("The Idempotency-Key was used for another body."),
      422: error("Valid, but not routable under the rulebook."),
      429: tooMany,
    },
  },
  signalBatch: {
    method: "post",
    path: "/api/signals/batch",
    tag: "signals",
    auth: "apiKey",
    summary: `Up to ${SIGNAL_BATCH_MAX_ROWS.toLocaleString("en")} signals in one call (a JSON array, or NDJSON as application/x-ndjson); valid rows are stored, each refused row is named`,
    headers: idempotent,
    // Each row is a signal with its own optional idempotencyKey (otherwise derived from the batch's key and the row).
    body: z
      .array(SignalPostSchema.and(z.object({ idempotencyKey: IdempotencyKeySchema.optional() })))
      .max(SIGNAL_BATCH_MAX_ROWS),
    maxBodyBytes: SIGNAL_BATCH_MAX_BODY_BYTES,
    responses: {
      200: { description: "Every row stored (or stored before)", schema: SignalBatchAnswerSchema },
      207: {
        description: "Some rows refused, each named with its reasons; the rest stored",
        schema: SignalBatchAnswerSchema,
      },
      400: badRequest,
      401: unauthorized,
      413: error("The batch is too large; split it up."),
      422: { description: "No row could be stored; each is named with its reasons.", schema: SignalBatchAnswerSchema },
      429: tooMany,
    },
  },
  signalList: {
    method: "get",
    path: "/api/signals",
    tag: "signals",
    auth: "apiKey",
    summary: "Signals of the caller's party, a page at a time (`next` links the following page)",
    query: PartnerSignalListQuerySchema,
    responses: { 200: { description: "One page, with `next` and `complete`" }, 400: badRequest, 401: unauthorized },
  },
  signalExportVng: {
    method: "get",
    path: "/api/signals/export/vng",
    tag: "signals",
    auth: "apiKey",
    summary: "A gemeente's signals over a period in the VNG uitwisselmodel (gemeente parties only)",
    query: VngExportQuerySchema,
    responses: { 200: { description: "The export" }, 400: badRequest, 401: unauthorized, 403: forbidden },
  },
  signalGet: {
    method: "get",
    path: "/api/signals/{id}",
    tag: "signals",
    auth: "apiKey",
    summary: "One signal as the caller's party may see it",
    params: signalId,
    responses: {
      200: { description: "The caller's privacy-filtered view" },
      400: badRequest,
      401: unauthorized,
      403: forbidden,
    },
  },
  signalAction: {
    method: "post",
    path: "/api/signals/{id}/actions",
    tag: "signals",
    auth: "apiKey",
    summary: "bevestigen, oppakken, doorsturen or afsluiten, on the caller's own lifecycle",
    params: signalId,
    body: SignalActionRequestSchema,
    responses: {
      200: { description: "The new status (noop true on a repeat)", schema: SignalActionResultSchema },
      400: badRequest,
      401: unauthorized,
      403: forbidden,
      422: error("Not a step the lifecycle allows now."),
    },
  },
  offerPost: {
    method: "post",
    path: "/api/aanmeldingen/{id}/offers",
    tag: "aanmeldingen",
    auth: "apiKey",
    summary: "A landlord the case was sent to records the offer of a home (within-term computed from the case)",
    params: RecordIdParamsSchema,
    body: OfferRequestSchema,
    responses: { 201: { description: "The offer" }, 400: badRequest, 401: unauthorized, 403: forbidden },
  },
  offerAnswer: {
    method: "post",
    path: "/api/offers/{id}/response",
    tag: "aanmeldingen",
    auth: "apiKey",
    summary: "The tenant's answer to an offer, recorded by the offering landlord",
    params: RecordIdParamsSchema,
    body: OfferAnswerRequestSchema,
    responses: {
      200: { description: "The offer with its answer" },
      400: badRequest,
      401: unauthorized,
      403: forbidden,
    },
  },
  leasePost: {
    method: "post",
    path: "/api/aanmeldingen/{id}/leases",
    tag: "aanmeldingen",
    auth: "apiKey",
    summary: "A temporary lease; its evaluation is due at the end of the rulebook's term",
    params: RecordIdParamsSchema,
    body: LeaseRequestSchema,
    responses: { 201: { description: "The lease" }, 400: badRequest, 401: unauthorized, 403: forbidden },
  },
  caseGet: {
    method: "get",
    path: "/api/cases/{id}",
    tag: "cases",
    auth: "apiKey",
    summary: "A shared case as the caller's party may see it (privacy table), with its history",
    params: RecordIdParamsSchema,
    responses: { 200: { description: "The case" }, 401: unauthorized, 403: forbidden },
  },
  caseStep: {
    method: "post",
    path: "/api/cases/{id}/steps",
    tag: "cases",
    auth: "apiKey",
    summary: "One step of the case lifecycle; Idempotency-Key makes a retry the same step",
    params: RecordIdParamsSchema,
    headers: idempotentOptional,
    body: CaseActionSchema,
    responses: {
      201: { description: "The step was taken" },
      200: { description: "Nothing changed (a repeat), with the reason" },
      400: badRequest,
      401: unauthorized,
      403: forbidden,
      422: error("Not a step the lifecycle allows now, or not for the caller's role."),
    },
  },
  tabMe: {
    method: "get",
    path: "/api/tab/me",
    tag: "tab",
    auth: "tabSso",
    summary: "Who the tab's caller is: member, party and the rulebooks it takes part in",
    responses: { 200: { description: "The caller", schema: MeSchema }, 401: unauthorized, 403: forbidden },
  },
  tabDevUsers: {
    method: "get",
    path: "/api/tab/dev/users",
    tag: "tab",
    auth: "none",
    summary: "Local mode only: the demo caseworkers the playground's tab can act as (404 otherwise)",
    responses: {
      200: { description: "The demo caseworkers", schema: DevUsersSchema },
      404: error("Not in local mode."),
    },
  },
  tabSignalList: {
    method: "get",
    path: "/api/tab/signals",
    tag: "tab",
    auth: "tabSso",
    summary: "The caller's signals, received and sent",
    query: SignalListQuerySchema,
    responses: { 200: { description: "The list", schema: SignalListSchema }, 400: badRequest, 401: unauthorized },
  },
  tabSignalBatch: {
    method: "post",
    path: "/api/tab/signals/batch",
    tag: "tab",
    auth: "tabSso",
    summary: `The tab's CSV upload: up to ${SIGNAL_BATCH_MAX_ROWS.toLocaleString("en")} signals of the caller's party, one per row under a header of field paths (tenant.postcode); valid rows are stored, each refused row is named with its line`,
    headers: idempotent,
    body: z
      .string()
      .describe("CSV (text/csv, UTF-8, comma or semicolon), the file itself as the body: never multipart"),
    bodyMediaType: "text/csv",
    maxBodyBytes: SIGNAL_BATCH_MAX_BODY_BYTES,
    responses: {
      200: { description: "Every row stored (or stored before)", schema: SignalBatchAnswerSchema },
      207: {
        description: "Some rows refused, each named with its line and reasons; the rest stored",
        schema: SignalBatchAnswerSchema,
      },
      400: badRequest,
      401: unauthorized,
      413: error("The file is too large or has too many rows; split it up."),
      422: {
        description: "No row could be stored; each is named with its line and reasons.",
        schema: SignalBatchAnswerSchema,
      },
    },
  },
  tabSignalGet: {
    method: "get",
    path: "/api/tab/signals/{id}",
    tag: "tab",
    auth: "tabSso",
    summary: "One signal as the caller may see it, with its history",
    params: signalId,
    responses: {
      200: { description: "The signal", schema: SignalDetailSchema },
      400: badRequest,
      401: unauthorized,
      403: forbidden,
    },
  },
  tabSignalAction: {
    method: "post",
    path: "/api/tab/signals/{id}/actions",
    tag: "tab",
    auth: "tabSso",
    summary: "A step on the caller's own lifecycle of a signal (the card's buttons)",
    params: signalId,
    body: SignalActionRequestSchema,
    responses: {
      200: { description: "The new status", schema: SignalActionResultSchema },
      400: badRequest,
      401: unauthorized,
      403: forbidden,
      422: error("Not a step the lifecycle allows now."),
    },
  },
  tabAanmeldingen: {
    method: "get",
    path: "/api/tab/aanmeldingen",
    tag: "tab",
    auth: "tabSso",
    summary: "The caller's work queue: aanmeldingen and shared cases of its party, with terms and steps",
    responses: { 200: { description: "The work queue", schema: AanmeldingListSchema }, 401: unauthorized },
  },
  tabCaseStep: {
    method: "post",
    path: "/api/tab/aanmeldingen/{id}/steps",
    tag: "tab",
    auth: "tabSso",
    summary: "A step on a shared case from the work queue (take up, assign to me, note, ...)",
    params: RecordIdParamsSchema,
    body: CaseStepRequestSchema,
    responses: {
      200: { description: "The case's new status", schema: CaseStepResultSchema },
      400: badRequest,
      401: unauthorized,
      403: forbidden,
      422: error("Not a step the lifecycle allows now."),
    },
  },
  tabDashboard: {
    method: "get",
    path: "/api/tab/dashboard/{rulebook}",
    tag: "tab",
    auth: "tabSso",
    summary: "Demand, offers and quota per year (counts only, never personal data)",
    params: rulebook,
    responses: {
      200: { description: "The dashboard", schema: QuotaDashboardSchema },
      400: badRequest,
      401: unauthorized,
      403: forbidden,
    },
  },
  tabMonitoring: {
    method: "get",
    path: "/api/tab/monitoring/{rulebook}",
    tag: "tab",
    auth: "tabSso",
    summary: "The convenant's half-yearly monitoring figures (counts only)",
    params: rulebook,
    responses: {
      200: { description: "The figures", schema: MonitoringSchema },
      400: badRequest,
      401: unauthorized,
      403: forbidden,
    },
  },
  messages: {
    method: "post",
    path: "/api/messages",
    tag: "bot",
    auth: "botFramework",
    summary: "The Bot Framework endpoint: Teams (or the local playground) posts activities here",
    responses: {
      200: { description: "Handled (with `deliveryMode: expectReplies`, the replies)" },
      401: unauthorized,
      415: error("Not JSON."),
    },
  },
  healthz: {
    method: "get",
    path: "/healthz",
    tag: "meta",
    auth: "none",
    summary: "Liveness with a real write to the store",
    responses: {
      200: { description: "Up, and the store takes writes" },
      503: error("The store does not take writes."),
    },
  },
  openapi: {
    method: "get",
    path: "/api/openapi.json",
    tag: "meta",
    auth: "none",
    summary: "This document",
    responses: { 200: { description: "OpenAPI 3.1" } },
  },
} as const satisfies Record<string, RouteSpec>;

export type ApiRouteId = keyof typeof apiRoutes;
