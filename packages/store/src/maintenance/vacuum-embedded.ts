import { sql } from "kysely";
import type { Store } from "../store.js";

export interface VacuumReport {
  engine: "pglite" | "postgres";
  /** The tables vacuumed; none on a Postgres server, whose autovacuum does this itself. */
  tables: string[];
  ms: number;
}

/**
 * VACUUM (ANALYZE) of every table of the store's schema, one table at a time, on PGlite only.
 * Why: PGlite is Postgres in single-user mode, without the autovacuum a server runs. Without
 * this, rows that every turn rewrites (bot state, deliveries) leave dead versions behind for
 * good, the planner never gets statistics, and the first reader of rows written in bulk pays
 * for setting their hint bits: a re-check of 100,000 cases read right after they were stored
 * took 6.6 s, after a VACUUM 2.9 s (bench/README.md). PGlite runs on the bot's event loop, so
 * each table is a pause of its own, with the loop free in between.
 */
export async function vacuumEmbedded(store: Pick<Store, "engine" | "schema" | "db">): Promise<VacuumReport> {
  const started = performance.now();
  if (store.engine !== "pglite") return { engine: store.engine, tables: [], ms: 0 };
  const tables = (
    await sql<{
      tablename: string;
    }>`select tablename from pg_catalog.pg_tables where schemaname = ${store.schema} order by tablename`.execute(
      store.db,
    )
  ).rows.map((r) => r.tablename);
  for (const table of tables) {
    await sql`VACUUM (ANALYZE) ${sql.id(store.schema, table)}`.execute(store.db);
    await new Promise((resolve) => setImmediate(resolve));
  }
  return { engine: "pglite", tables, ms: Math.round(performance.now() - started) };
}
