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
        const written = await this.writeGrouped(keys[0]!, changes[keys[0]!], at);
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

  /**
   * Group commit of single-key writes (issue 18): the writes of one pass of the event loop
   * (the turns of other conversations that came in together) and those that arrive while a
   * group is being written go as ONE statement, each with its own eTag check and its own
   * answer. The group starts on setImmediate, not at once: PGlite answers synchronously, so
   * without that wait no two writes would ever meet (measured: 8,360 groups of 1). A key
   * already waiting goes in the group after, so one statement never names a key twice.
   */
  private writing = false;
  private waiting: PendingWrite[] = [];

  private writeGrouped(key: string, item: unknown, at: string): Promise<NonNullable<CachedRow>> {
    return new Promise((resolve, reject) => {
      // Serialised now, as a single write would be: the caller may change the object afterwards.
      this.waiting.push({ key, row: prepareRow(item), at, resolve, reject });
      if (!this.writing) {
        this.writing = true;
        setImmediate(() => void this.drainWrites());
      }
    });
  }

  /** Runs with `writing` set (by writeGrouped); clears it when nothing waits any more. */
  private async drainWrites(): Promise<void> {
    try {
      while (this.waiting.length > 0) {
        const group: PendingWrite[] = [];
        const keys = new Set<string>();
        const later: PendingWrite[] = [];
        for (const write of this.waiting) {
          if (keys.has(write.key) || group.length >= maxWriteGroup) later.push(write);
          else {
            keys.add(write.key);
            group.push(write);
          }
        }
        this.waiting = later;
        await this.writeGroup(group);
      }
    } finally {
      this.writing = false;
    }
  }

  private async writeGroup(group: PendingWrite[]): Promise<void> {
    if (group.length === 1) return this.writeAlone(group[0]!);
    const rows = group.map((w) => ({ write: w, ...w.row }));
    let written: Set<string>;
    try {
      const result = await sql<{ key: string }>`
        WITH v AS (
          SELECT * FROM unnest(${rows.map((r) => r.write.key)}::text[], ${rows.map((r) => r.json)}::jsonb[],
                               ${rows.map((r) => r.etag)}::text[], ${rows.map((r) => r.expected ?? null)}::text[],
                               ${rows.map((r) => r.write.at)}::timestamptz[])
                 AS v(key, document, etag, expected, at)
        ),
        updated AS (
          UPDATE bot_state b SET document = v.document, etag = v.etag, updated_at = v.at
            FROM v WHERE b.key = v.key AND (v.expected IS NULL OR b.etag = v.expected)
          RETURNING b.key
        ),
        inserted AS (
          INSERT INTO bot_state (key, document, etag, updated_at)
          SELECT v.key, v.document, v.etag, v.at FROM v
           WHERE NOT EXISTS (SELECT 1 FROM bot_state b WHERE b.key = v.key)
          ON CONFLICT (key) DO NOTHING
          RETURNING key
        )
        SELECT key FROM updated UNION ALL SELECT key FROM inserted`.execute(this.db);
      written = new Set(result.rows.map((r) => r.key));
    } catch {
      // The statement failed as a whole: each write alone, so each gets its own answer.
      await Promise.all(group.map((w) => this.writeAlone(w)));
      return;
    }
    await Promise.all(
      rows.map(async (row) => {
        if (written.has(row.write.key)) return row.write.resolve({ document: row.document, etag: row.etag });
        // Not written: a stale eTag (a conflict), or a key another process inserted meanwhile;
        // the single statement decides that case as it always did.
        if (row.expected !== undefined) return row.write.reject(conflict(row.write.key));
        await this.writeAlone(row.write);
      }),
    );
  }

  /** One waiting write as its own statement, answered with its own result or error. */
  private writeAlone(write: PendingWrite): Promise<void> {
    return this.writeRow(this.db, write.key, write.row, write.at).then(write.resolve, write.reject);
  }

  private writeOne(db: Db, key: string, item: unknown, at: string): Promise<NonNullable<CachedRow>> {
    return this.writeRow(db, key, prepareRow(item), at);
  }

  private async writeRow(db: Db, key: string, row: PreparedRow, at: string): Promise<NonNullable<CachedRow>> {
    const { document, json, expected, etag } = row;
    const result = await sql<{ etag: string }>`
      INSERT INTO bot_state (key, document, etag, updated_at)
      VALUES (${key}, ${json}, ${etag}, ${at})
      ON CONFLICT (key) DO UPDATE
         SET document = EXCLUDED.document, etag = EXCLUDED.etag, updated_at = EXCLUDED.updated_at
       WHERE ${expected === undefined} OR bot_state.etag = ${expected ?? null}
      RETURNING etag`.execute(db);
    if (result.rows.length === 0) throw conflict(key);
    return { document, etag };
  }

  async delete(keys: string[]): Promise<void> {
    if (!keys) throw new ReferenceError("Keys are required when deleting.");
    if (keys.length === 0) return;
    await this.db.deleteFrom("bot_state").where("key", "in", keys).execute();
    this.forget(keys);
  }
}

/** Single-key writes in one grouped statement at most (a turn's state row is a few kB). */
const maxWriteGroup = 100;

type PreparedRow = ReturnType<typeof prepareRow>;

interface PendingWrite {
  key: string;
  row: PreparedRow;
  at: string;
  resolve(row: NonNullable<CachedRow>): void;
  reject(error: unknown): void;
}

function prepareRow(item: unknown) {
  // Same JSON round trip as MemoryStorage: functions and undefined drop out, Dates become strings.
  const { eTag, ...document } = JSON.parse(JSON.stringify(item ?? {})) as Record<string, unknown> & {
    eTag?: unknown;
  };
  const expected = typeof eTag === "string" && eTag !== "*" && eTag !== "" ? eTag : undefined;
  return { document, json: JSON.stringify(document), expected, etag: randomUUID() };
}

function conflict(key: string): StoreError {
  return new StoreError(
    "conflict",
    `Storage: fout bij schrijven van "${key}" door een eTag-conflict (iemand anders schreef eerst).`,
    `Storage: error writing "${key}" due to eTag conflict.`,
    { table: "bot_state" },
  );
}
