import { LRUCache } from "lru-cache";

/** A stored bot state row as the storage reads it, or `null`: known to be absent. */
export type CachedRow = { document: Record<string, unknown>; etag: string } | null;

/**
 * The bot state rows this process wrote or read last, so a turn reads its conversation, user
 * and paused-intake state from memory (issue 18: each statement is main-thread WASM work on
 * PGlite). Only where the process owns its database: PGlite is one process by design (the
 * data-directory lock refuses a second), so every write passes here. Writes still go to the
 * database with their eTag check, so a stale entry can only cause a refused write, never a
 * lost one, and the refused key is dropped from the cache.
 */
export class StateCache {
  // LRUCache holds no null; absence is a row of its own.
  private readonly rows: LRUCache<string, { row: CachedRow }>;

  constructor(max: number) {
    this.rows = new LRUCache({ max });
  }

  /** `undefined`: not cached (read the database); `null`: known absent. */
  get(key: string): CachedRow | undefined {
    return this.rows.get(key)?.row;
  }

  /** What a database read found, unless a write or delete of the key came in meanwhile. */
  fill(key: string, row: CachedRow): void {
    if (!this.rows.has(key)) this.rows.set(key, { row });
  }

  /** What this process just wrote (or deleted: `null`). */
  set(key: string, row: CachedRow): void {
    this.rows.set(key, { row });
  }

  /** Read from the database next time (after a refused write). */
  drop(key: string): void {
    this.rows.delete(key);
  }
}
