import type { Kysely, Transaction } from "kysely";
import type { Database } from "./schema.js";

export type Db = Kysely<Database>;

/**
 * Runs `fn` in a transaction, joining the caller's when there is one: a repository method
 * that writes several rows is atomic on its own and inside `store.transaction(...)`.
 */
export async function inTransaction<T>(db: Db, fn: (trx: Transaction<Database>) => Promise<T>): Promise<T> {
  if (db.isTransaction) return fn(db as Transaction<Database>);
  return db.transaction().execute(fn);
}
