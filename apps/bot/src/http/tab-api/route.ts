import { correlationOf } from "../correlation.js";
import type restify from "restify";
import { dutchDateOf, type IsoDate } from "@convenantbot/domain";
import type { Store } from "@convenantbot/store";
import type { Logger } from "../../logger.js";
import type { SignalService } from "../../signals/signal-service.js";
import type { Identification, TabCaller } from "../../tab-auth/identify-caller.js";
import { sendError, sendFailure } from "../http-errors.js";

/** What every tab route needs; one per mounted API. */
export interface TabContext {
  store: Store;
  signals: SignalService;
  logger: Logger;
  identify: (req: restify.Request) => Promise<Identification>;
  clock: () => Date;
  localMode: boolean;
}

export const today = (ctx: TabContext): IsoDate => dutchDateOf(ctx.clock().toISOString());

export type TabHandler = (
  req: restify.Request,
  res: restify.Response,
  caller: TabCaller,
  correlationId: string,
) => Promise<void>;

/**
 * Every /api/tab route: who is calling first (401/403 in Dutch and English otherwise), then
 * the handler; what the domain or store throws maps as in the other APIs (403 for a signal
 * the caller may not see, whether or not it exists). Answers hold personal data: never cached.
 */
export function tabRoute(ctx: TabContext, handler: TabHandler) {
  return async (req: restify.Request, res: restify.Response): Promise<void> => {
    const correlationId = correlationOf(req);
    res.header("cache-control", "no-store");
    try {
      const who = await ctx.identify(req);
      if (!who.ok) {
        if (who.status === 401) res.header("WWW-Authenticate", 'Bearer realm="convenantbot-tab"');
        sendError(res, who.status, who.message_nl, who.message_en, { correlationId });
        return;
      }
      await handler(req, res, who.caller, correlationId);
    } catch (error) {
      sendFailure(res, error, ctx.logger, correlationId);
    }
  };
}

/** Party names, looked up once per request (history and lists repeat the same few parties). */
export function partyNames(store: Store) {
  const cache = new Map<string, string>();
  return async (partyId: string): Promise<string> => {
    const cached = cache.get(partyId);
    if (cached !== undefined) return cached;
    const name = (await store.parties.get(partyId))?.name ?? partyId;
    cache.set(partyId, name);
    return name;
  };
}
