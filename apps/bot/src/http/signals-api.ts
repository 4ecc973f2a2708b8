import {
  apiRoutes,
  IdempotencyKeySchema,
  PartnerSignalListQuerySchema as ListQuerySchema,
  VngExportQuerySchema as VngQuerySchema,
} from "@convenantbot/contract";
import { mountRoute } from "./api-route.js";
import type restify from "restify";
import { LRUCache } from "lru-cache";
import { z } from "zod";
import {
  DomainError,
  isDomainError,
  PartyRoleSchema,
  SignalActionSchema,
  invalidInput,
  toVngUitwisselmodel,
} from "@convenantbot/domain";
import type { SignalCursor, Store } from "@convenantbot/store";
import type { Logger } from "../logger.js";
import type { SignalActor, SignalService } from "../signals/signal-service.js";
import { sendError, sendFailure } from "./http-errors.js";
import { RateLimiter } from "./rate-limit.js";
import { answerSignalBatch } from "./signal-batch-answer.js";
import { correlationOf } from "./correlation.js";

/** The opaque `cursor` of a next link: where the next page starts. */
const CursorSchema = z.strictObject({ createdAt: z.iso.datetime({ offset: true }), id: z.uuid() });
const encodeCursor = (cursor: SignalCursor) => Buffer.from(JSON.stringify(cursor)).toString("base64url");
function decodeCursor(text: string): SignalCursor {
  let value: unknown;
  try {
    value = JSON.parse(Buffer.from(text, "base64url").toString("utf8"));
  } catch {
    value = undefined;
  }
  const parsed = CursorSchema.safeParse(value);
  if (!parsed.success) {
    throw new DomainError(
      "invalid_input",
      "Ongeldige cursor: gebruik de link uit 'next' van de vorige pagina.",
      "Invalid cursor: use the link in 'next' of the previous page.",
      [{ field: "cursor", message_nl: "Ongeldige cursor.", message_en: "Invalid cursor." }],
    );
  }
  return parsed.data;
}

export interface SignalsApiOptions {
  store: Store;
  signals: SignalService;
  logger: Logger;
  /** Requests per second per key, and the burst a key may use at once. */
  rate?: { perSecond: number; burst: number };
}

/**
 * The machine API for landlords' and partners' systems: a per-party API key (Bearer), zod at
 * the edge, the same SignalService the bot uses. Every route is scoped to the key's party.
 */
export function mountSignalsApi(
  server: restify.Server,
  options: SignalsApiOptions,
): { authenticate: (req: restify.Request, res: restify.Response) => Promise<SignalActor | undefined> } {
  const { store, signals, logger } = options;
  const limiter = new RateLimiter(options.rate?.perSecond ?? 20, options.rate?.burst ?? 100);
  // Wrong keys, per address: 10 at once, then one a second. Checked before a key is verified,
  // so guessing keys at speed learns nothing (a right guess is refused like a wrong one).
  const failures = new RateLimiter(1, 10);
  // The key's party (name, role) for 10 s: two statements less per request. The key itself is
  // verified by the store, which keeps a verified key for a second (a revocation through
  // another process is seen within that second; ApiCredentialsRepository.verified).
  const parties = new LRUCache<string, Promise<Awaited<ReturnType<Store["parties"]["get"]>>>>({
    max: 500,
    ttl: 10_000,
  });
  const partyOf = (partyId: string) => {
    let party = parties.get(partyId);
    if (!party) {
      party = store.parties.get(partyId);
      parties.set(partyId, party);
      party.then(
        (p) => p ?? parties.delete(partyId),
        () => parties.delete(partyId),
      );
    }
    return party;
  };

  async function authenticate(req: restify.Request, res: restify.Response): Promise<SignalActor | undefined> {
    const header = req.header("authorization") ?? "";
    const token = /^Bearer\s+(\S+)$/i.exec(header)?.[1];
    const address = req.socket?.remoteAddress ?? "unknown";
    if (!(await failures.available(address))) {
      res.header("Retry-After", "1");
      sendError(
        res,
        429,
        "Te veel verzoeken met een ongeldige API-sleutel vanaf dit adres; wacht even.",
        "Too many requests with an invalid API key from this address; wait a moment.",
      );
      return undefined;
    }
    const credential = token ? await store.apiCredentials.verify(token) : undefined;
    if (!credential) {
      await failures.take(address);
      res.header("WWW-Authenticate", 'Bearer realm="convenantbot"');
      sendError(
        res,
        401,
        "Geen geldige API-sleutel (Authorization: Bearer ...).",
        "No valid API key (Authorization: Bearer ...).",
      );
      return undefined;
    }
    if (!(await limiter.take(credential.keyId))) {
      res.header("Retry-After", "1");
      sendError(
        res,
        429,
        "Te veel verzoeken met deze sleutel; probeer het zo opnieuw.",
        "Too many requests with this key; try again shortly.",
      );
      return undefined;
    }
    const party = await partyOf(credential.partyId);
    if (!party) {
      sendError(res, 401, "De partij van deze sleutel bestaat niet meer.", "This key's party no longer exists.");
      return undefined;
    }
    return { partyId: party.id, role: PartyRoleSchema.parse(party.role), actor: `api:${credential.keyId}` };
  }

  mountRoute(server, apiRoutes.signalPost, async (req: restify.Request, res: restify.Response) => {
    const correlationId = correlationOf(req);
    const caller = await authenticate(req, res);
    if (!caller) return;
    const key = IdempotencyKeySchema.safeParse(req.header("idempotency-key"));
    if (!key.success) {
      sendError(
        res,
        400,
        "Header Idempotency-Key ontbreekt of is ongeldig (1-200 tekens): zo maakt een nieuwe poging nooit een tweede signaal.",
        "Header Idempotency-Key is missing or invalid (1-200 characters): it makes sure a retry never creates a second signal.",
        { issues: [{ field: "Idempotency-Key" }] },
      );
      return;
    }
    try {
      const result = await signals.submit({ body: req.body, sender: caller, idempotencyKey: key.data, correlationId });
      res.json(result.created ? 201 : 200, {
        id: result.signal.id,
        status: result.signal.status,
        created: result.created,
        recipients: result.recipients,
      });
    } catch (error) {
      // A refusal is audited without personal data: who, what kind of refusal, which key.
      await store.audit
        .record({
          actor: caller.actor,
          action: "signal.refused",
          recordType: "signal_request",
          recordId: key.data.slice(0, 200),
          correlationId,
        })
        .catch((auditError: unknown) => logger.error({ err: auditError, correlationId }, "could not audit a refusal"));
      // domain.md section 5: a signal that fails validation or its preconditions is refused with 422.
      sendFailure(res, error, logger, correlationId, { invalidStatus: 422 });
    }
  });

  // Bulk delivery (issue 18): a JSON array, NDJSON or CSV of up to SIGNAL_BATCH_MAX_ROWS signals, each
  // validated, routed, privacy-checked, idempotent and audited as POST /api/signals does one.
  // Its body limit is SIGNAL_BATCH_MAX_BODY_BYTES: JSON through the server's body guard
  // (withBodyLimit), NDJSON and CSV through readRawBatchBody (app.ts mounts it as a `pre` handler).
  mountRoute(server, apiRoutes.signalBatch, async (req: restify.Request, res: restify.Response) => {
    const correlationId = correlationOf(req);
    const caller = await authenticate(req, res);
    if (!caller) return;
    await answerSignalBatch(req, res, { sender: caller, signals, store, logger, correlationId });
  });

  mountRoute(server, apiRoutes.signalGet, async (req: restify.Request, res: restify.Response) => {
    const correlationId = correlationOf(req);
    const caller = await authenticate(req, res);
    if (!caller) return;
    try {
      res.json(200, await signals.view(String(req.params["id"] ?? ""), caller, correlationId));
    } catch (error) {
      // A refused read leaves a trace too: who tried which record (ids only).
      if (isDomainError(error) && error.code === "not_allowed") {
        await store.audit
          .record({
            actor: caller.actor,
            action: "signal.read_refused",
            recordType: "signal_request",
            recordId: String(req.params["id"] ?? "").slice(0, 200) || "(leeg)",
            correlationId,
          })
          .catch((auditError: unknown) =>
            logger.error({ err: auditError, correlationId }, "could not audit a refused read"),
          );
      }
      sendFailure(res, error, logger, correlationId);
    }
  });

  mountRoute(server, apiRoutes.signalList, async (req: restify.Request, res: restify.Response) => {
    const correlationId = correlationOf(req);
    const caller = await authenticate(req, res);
    if (!caller) return;
    try {
      const query = ListQuerySchema.safeParse(req.query ?? {});
      if (!query.success) throw invalidInput(query.error, "query");
      const { status, limit, cursor } = query.data;
      const page = await signals.page(caller, {
        limit,
        ...(status ? { status } : {}),
        ...(cursor ? { before: decodeCursor(cursor) } : {}),
      });
      await store.audit.record({
        actor: caller.actor,
        action: "signal.list",
        recordType: "party",
        recordId: caller.partyId,
        correlationId,
      });
      // Never a silent cut: `complete` says whether this is the last page, `next` links the following one.
      const next = page.next
        ? `/api/signals?${new URLSearchParams({ ...(status ? { status } : {}), limit: String(limit), cursor: encodeCursor(page.next) })}`
        : undefined;
      res.json(200, { items: page.items, complete: next === undefined, ...(next ? { next } : {}) });
    } catch (error) {
      sendFailure(res, error, logger, correlationId);
    }
  });

  // A gemeente's vroegsignalering system takes the huurachterstand signals it received on the
  // statutory (Wgs) channel in VNG's exchange model (VNG-Realisatie/ddas-vroegsignalering v1.2).
  mountRoute(server, apiRoutes.signalExportVng, async (req: restify.Request, res: restify.Response) => {
    const correlationId = correlationOf(req);
    const caller = await authenticate(req, res);
    if (!caller) return;
    try {
      const query = VngQuerySchema.safeParse(req.query ?? {});
      if (!query.success) throw invalidInput(query.error, "query");
      if (caller.role !== "gemeente") {
        sendError(
          res,
          403,
          "Alleen een gemeente haalt vroegsignalen op.",
          "Only a gemeente retrieves early-warning signals.",
        );
        return;
      }
      // Every page, not the first 200: an export that stops silently loses vroegsignalen.
      const views = [];
      let before: SignalCursor | undefined;
      do {
        const page = await signals.page(caller, { limit: 500, ...(before ? { before } : {}) });
        views.push(...page.items);
        before = page.next;
      } while (before);
      const party = await store.parties.get(caller.partyId);
      const items = views
        .filter((v) => v.own && v.channel === "vroegsignalering")
        .map((v) => ({ id: v.id, signal: v.fields as never, state: v.own! }));
      const model = toVngUitwisselmodel(items, {
        gemeentecode: query.data.gemeentecode,
        aanleverendeOrganisatie: { naam: party?.name ?? caller.partyId },
        codeGegevensleverancier: "convenantbot",
        periode: { start: query.data.from, end: query.data.to },
        aanleverdatumEnTijd: new Date().toISOString(),
      });
      await store.audit.record({
        actor: caller.actor,
        action: "signal.export_vng",
        recordType: "party",
        recordId: caller.partyId,
        correlationId,
      });
      res.json(200, model);
    } catch (error) {
      sendFailure(res, error, logger, correlationId);
    }
  });

  mountRoute(server, apiRoutes.signalAction, async (req: restify.Request, res: restify.Response) => {
    const correlationId = correlationOf(req);
    const caller = await authenticate(req, res);
    if (!caller) return;
    try {
      const action = SignalActionSchema.safeParse(req.body);
      if (!action.success) throw invalidInput(action.error, "action");
      const result = await signals.act({
        signalId: String(req.params["id"] ?? ""),
        action: action.data,
        actor: caller,
        correlationId,
      });
      res.json(200, {
        id: result.signal.id,
        status: result.signal.status,
        noop: result.noop,
        ...(result.noop ? { reason: result.reason } : {}),
      });
    } catch (error) {
      sendFailure(res, error, logger, correlationId);
    }
  });

  return { authenticate };
}
