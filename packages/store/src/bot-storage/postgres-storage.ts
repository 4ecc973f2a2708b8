import { randomUUID } from "node:crypto";
import type { Storage, StoreItems } from "botbuilder-core";
import { sql } from "kysely";
import { inTransaction, type Db } from "../db/in-transaction.js";
import { StoreError } from "../errors/store-error.js";
import { StateCache, type CachedRow } from "./state-cache.js";

/**
 * botbuilder `Storage` on the store, so dialog, conversation and user state survive restarts
 * and are shared by every bot process (MemoryStorage is neither).
 *
 * eTag semantics as botbuilder's MemoryStorage (the reference): an item without eTag or
 * with `"*"` is written unconditionally; with an eTag it is written only if that is still the
 * stored one (or the key does not exist), else the write throws; reads omit missing keys and
 * return each item with its current eTag. A write of several items is one transaction: on a
 * conflict none is written.
 */
export class PostgresBotStorage implements Storage {
  private readonly cache: StateCache | undefined;

  /** `cacheMax`: keep that many rows in memory (StateCache); only where this process owns the database. */
  constructor(
    private readonly db: Db,
    private readonly now: () => Date,
    options: { cacheMax?: number } = {},
  ) {
    this.cache = options.cacheMax ? new StateCache(options.cacheMax) : undefined;
  }

  // Reads asked for in the same tick (a turn loads conversation and user state together)
  // go to the database as one statement.
  private pending:
    | { keys: Set<string>; result: Promise<Map<string, { document: Record<string, unknown>; etag: string }>> }
    | undefined;

  async read(keys: string[]): Promise<StoreItems> {
    if (!keys) throw new ReferenceError("Keys are required when reading.");
    const items: StoreItems = {};
    if (keys.length === 0) return items;
    const missing = this.cache ? keys.filter((key) => this.cache!.get(key) === undefined) : keys;
    const rows = missing.length > 0 ? await this.batchedRead(missing) : new Map<string, never>();
    for (const key of missing) this.cache?.fill(key, rows.get(key) ?? null);
    for (const key of keys) {
      const row = rows.get(key) ?? this.cache?.get(key);
      // A fresh copy per caller: botbuilder mutates what it reads.
      if (row) items[key] = { ...structuredClone(row.document), eTag: row.etag };
    }
    return items;
  }

  private batchedRead(keys: string[]) {
    if (!this.pending) {
      const batch = new Set<string>();
      const result = new Promise<Map<string, { document: Record<string, unknown>; etag: string }>>(
        (resolve, reject) => {
          queueMicrotask(() => {
            this.pending = undefined;
            this.db
              .selectFrom("bot_state")
              .select(["key", "document", "etag"])
              .where("key", "in", [...batch])
              .execute()
              .then(
                (rows) => resolve(new Map(rows.map((r) => [r.key, { document: r.document, etag: r.etag }]))),
                reject,
              );
          });
        },
      );
      this.pending = { keys: batch, result };
    }
    for (const key of keys) this.pending.keys.add(key);
    return this.pending.result;
  }

  async write(changes: StoreItems): Promise<void> {
    if (!changes) throw new ReferenceError("Changes are required when writing.");
    const keys = Object.keys(changes);
    if (keys.length === 0) return;
    const at = this.now().toISOString();
    // One key (the usual turn) is one statement, atomic on its own; several keys share a
    // transaction so a conflict on any writes none.
    try {
      if (keys.length === 1) {
        const written = await this.writeOne(this.db, keys[0]!, changes[keys[0]!], at);
        this.cache?.set(keys[0]!, written);
        return;
      }
      const written = await inTransaction(this.db, async (trx) => {
        const rows: [string, NonNullable<CachedRow>][] = [];
        for (const key of keys) rows.push([key, await this.writeOne(trx, key, changes[key], at)]);
        return rows;
      });
      for (const [key, row] of written) this.cache?.set(key, row);
    } catch (error) {
      // Refused (an eTag conflict) or failed: what the database holds is read again next time.
      for (const key of keys) this.cache?.drop(key);
      throw error;
    }
  }

  /** Rows deleted by others in this process (the retention job): known absent from now on. */
  forget(keys: readonly string[]): void {
    for (const key of keys) this.cache?.set(key, null);
  }

  private async writeOne(db: Db, key: string, item: unknown, at: string): Promise<NonNullable<CachedRow>> {
    // Same JSON round trip as MemoryStorage: functions and undefined drop out, Dates become strings.
    const { eTag, ...document } = JSON.parse(JSON.stringify(item ?? {})) as Record<string, unknown> & {
      eTag?: unknown;
    };
    const expected = typeof eTag === "string" && eTag !== "*" && eTag !== "" ? eTag : undefined;
    const etag = randomUUID();
    const result = await sql<{ etag: string }>`
      INSERT INTO bot_state (key, document, etag, updated_at)
      VALUES (${key}, ${JSON.stringify(document)}, ${etag}, ${at})
      ON CONFLICT (key) DO UPDATE
         SET document = EXCLUDED.document, etag = EXCLUDED.etag, updated_at = EXCLUDED.updated_at
       WHERE ${expected === undefined} OR bot_state.etag = ${expected ?? null}
      RETURNING etag`.execute(db);
    if (result.rows.length === 0) {
      throw new StoreError(
        "conflict",
        `Storage: fout bij schrijven van "${key}" door een eTag-conflict (iemand anders schreef eerst).`,
        `Storage: error writing "${key}" due to eTag conflict.`,
        { table: "bot_state" },
      );
    }
    return { document, etag };
  }

  async delete(keys: string[]): Promise<void> {
    if (!keys) throw new ReferenceError("Keys are required when deleting.");
    if (keys.length === 0) return;
    await this.db.deleteFrom("bot_state").where("key", "in", keys).execute();
    this.forget(keys);
  }
}
