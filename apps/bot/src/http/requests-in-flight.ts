import type restify from "restify";

/**
 * How many requests this process is answering right now. The outbox worker delivers at a
 * lower pace while it is high (OutboxWorker `busy`): a partner's system posting signals one by
 * one gets its answers first, the cards follow seconds later (issue 18's single POST).
 */
export class RequestsInFlight {
  private count = 0;

  get now(): number {
    return this.count;
  }

  /** Counts every request from its first handler until its answer is sent or the connection closes. */
  track(server: restify.Server): void {
    server.pre((_req, res, next) => {
      this.count += 1;
      let ended = false;
      const end = () => {
        if (ended) return;
        ended = true;
        this.count -= 1;
      };
      res.once("finish", end);
      res.once("close", end);
      next();
    });
  }
}

/** From this many requests at once the process counts as busy (ASSUMED: 8, a handful of partner systems or a full chat). */
export const BUSY_REQUESTS = 8;
