import { apiRoutes } from "@convenantbot/contract";
import { mountRoute } from "../api-route.js";
import type restify from "restify";
import { invalidInput } from "@convenantbot/domain";
import { SignalActionRequestSchema, SignalIdParamSchema, SignalListQuerySchema } from "@convenantbot/contract";
import { answerSignalBatch } from "../signal-batch-answer.js";
import { detailOf, summaryOf } from "./signal-dto.js";
import { partyNames, tabRoute, type TabContext } from "./route.js";

/**
 * The inbox of the caller's party, one signal, and the card's actions, all through the same
 * SignalService as the bot and the partners' API: the same privacy filter, the same
 * "not allowed" for a signal of another party (whether or not it exists), the same audit.
 */
export function mountSignalRoutes(server: restify.Server, ctx: TabContext): void {
  mountRoute(
    server,
    apiRoutes.tabSignalList,
    tabRoute(ctx, async (req, res, caller, correlationId) => {
      const query = SignalListQuerySchema.safeParse(req.query ?? {});
      if (!query.success) throw invalidInput(query.error, "query");
      const { type, status, overdue } = query.data;
      const views = (await ctx.signals.list(caller.actor, status ? { status } : {}))
        .filter((v) => !type || v.type === type)
        .filter((v) => overdue === undefined || v.overdue === (overdue === "true"));
      // A list holds tenants' names: a read of personal data, audited like the partners' API.
      await ctx.store.audit.record({
        actor: caller.actor.actor,
        action: "signal.list",
        recordType: "party",
        recordId: caller.party.id,
        correlationId,
      });
      const names = partyNames(ctx.store);
      const items = [];
      for (const view of views) items.push(await summaryOf(view, caller.party.id, names));
      res.json(200, { items });
    }),
  );

  // The CSV upload: the file is the request's body (text/csv, read by readRawBatchBody in
  // signals-batch.ts, which app.ts mounts), sent by the caller's own party, each row
  // through the same submitBatch as the partners' batch API.
  mountRoute(
    server,
    apiRoutes.tabSignalBatch,
    tabRoute(ctx, async (req, res, caller, correlationId) => {
      await answerSignalBatch(req, res, {
        sender: caller.actor,
        signals: ctx.signals,
        store: ctx.store,
        logger: ctx.logger,
        correlationId,
      });
    }),
  );

  mountRoute(
    server,
    apiRoutes.tabSignalGet,
    tabRoute(ctx, async (req, res, caller, correlationId) => {
      // view() throws not_allowed (403) for a foreign or unknown id, and audits the read.
      const id = SignalIdParamSchema.safeParse(req.params["id"]);
      if (!id.success) throw invalidInput(id.error, "id");
      const view = await ctx.signals.view(id.data, caller.actor, correlationId);
      res.json(200, await detailOf(view, caller.party.id, partyNames(ctx.store)));
    }),
  );

  mountRoute(
    server,
    apiRoutes.tabSignalAction,
    tabRoute(ctx, async (req, res, caller, correlationId) => {
      const id = SignalIdParamSchema.safeParse(req.params["id"]);
      if (!id.success) throw invalidInput(id.error, "id");
      const action = SignalActionRequestSchema.safeParse(req.body);
      if (!action.success) throw invalidInput(action.error, "action");
      const result = await ctx.signals.act({
        signalId: id.data,
        action: action.data,
        actor: caller.actor,
        correlationId,
      });
      // The caller's own lifecycle, which is what its tab shows (the record's status is the primary recipient's).
      const own = ctx.signals.viewOf(result.signal, caller.actor)?.own;
      res.json(200, {
        id: result.signal.id,
        status: own?.status ?? result.signal.status,
        noop: result.noop,
        ...(result.noop ? { reason: result.reason } : {}),
      });
    }),
  );
}
