import type { Kysely } from "kysely";
import { inTransaction } from "./db/in-transaction.js";
import type { Database } from "./db/schema.js";
import { createDatabase } from "./engine/create-database.js";
import { resolveEngine, type OpenStoreOptions } from "./engine/resolve-engine.js";
import { cannotOpen } from "./engine/open-pglite.js";
import { assertSchemaName } from "./engine/schema-name.js";
import { StoreOpenError } from "./errors/store-open-error.js";
import { migrateToLatest, type MigrationReport } from "./migrations/migrate.js";
import { createRepositories, type Repositories } from "./repositories/index.js";
import { PostgresBotStorage } from "./bot-storage/postgres-storage.js";

/** Bot state rows kept in memory on PGlite: conversation, user and paused-intake state of the busiest chats. */
const BOT_STATE_CACHE_MAX = 20_000;

export interface Store extends Repositories {
  readonly engine: "pglite" | "postgres";
  readonly schema: string;
  /** For queries no repository offers yet; prefer adding a repository method. */
  readonly db: Kysely<Database>;
  readonly migrations: MigrationReport;
  readonly now: () => Date;
  /**
   * Runs `fn` in one transaction with repositories bound to it: all its writes commit
   * together or not at all. Use only the repositories passed in: on PGlite the store has
   * one connection, which the transaction holds.
   */
  transaction<T>(fn: (tx: Repositories) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/**
 * Opens the store: a Postgres server when `databaseUrl` (or DATABASE_URL) is given, else
 * PGlite at `dataDir` (default ./data/pglite) or in memory; runs the migrations.
 */
export async function openStore(options: OpenStoreOptions = {}): Promise<Store> {
  const choice = resolveEngine(options);
  const schema = assertSchemaName(options.schema ?? "public");
  const now = options.clock ?? (() => new Date());
  const opened = await createDatabase(choice, schema, options.poolMax);
  let migrations: MigrationReport;
  try {
    migrations = await migrateToLatest(opened.db, schema);
  } catch (error) {
    await opened.close().catch(() => undefined);
    // PGlite opened but its tables cannot be read (a damaged file): the operator gets what to do.
    if (choice.engine === "pglite" && "dataDir" in choice && !(error instanceof StoreOpenError))
      throw cannotOpen(choice.dataDir, error, false);
    throw error;
  }
  const { db } = opened;
  let closed = false;
  return {
    ...createRepositories({ db, now }),
    // PGlite is this process's alone (data-directory lock): its bot state can be served from memory.
    ...(opened.engine === "pglite"
      ? { botStorage: new PostgresBotStorage(db, now, { cacheMax: BOT_STATE_CACHE_MAX }) }
      : {}),
    engine: opened.engine,
    schema,
    db,
    migrations,
    now,
    transaction: (fn) => inTransaction(db, (trx) => fn(createRepositories({ db: trx, now }))),
    async close() {
      if (closed) return;
      closed = true;
      await opened.close();
    },
  };
}
