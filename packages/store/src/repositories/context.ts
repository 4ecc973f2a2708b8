import type { Db } from "../db/in-transaction.js";

/** What every repository needs: a Kysely handle (pool or transaction) and the store's clock. */
export interface RepoContext {
  db: Db;
  now: () => Date;
}

export function nowIso(ctx: RepoContext): string {
  return ctx.now().toISOString();
}
