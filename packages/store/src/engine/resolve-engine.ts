import { resolve } from "node:path";

export interface OpenStoreOptions {
  /** A Postgres server; wins over `DATABASE_URL`. */
  databaseUrl?: string;
  /** PGlite data directory; default `./data/pglite` (relative to the working directory). */
  dataDir?: string;
  /** Postgres schema for every table; default `public`. Tests use one schema per file. */
  schema?: string;
  /** PGlite in memory: nothing on disk (tests, demos). */
  inMemory?: boolean;
  /** Source of "now" for every timestamp the store writes; tests pass a controllable clock. */
  clock?: () => Date;
  /** Connections in the pg pool (server engine only); default 10. */
  poolMax?: number;
}

export type EngineChoice =
  | { engine: "postgres"; databaseUrl: string }
  | { engine: "pglite"; dataDir: string }
  | { engine: "pglite"; inMemory: true };

export const defaultDataDir = "./data/pglite";

/**
 * Explicit options beat the environment: `inMemory` or `dataDir` mean PGlite even when
 * DATABASE_URL is set (a test must never write to a configured server by accident).
 */
export function resolveEngine(options: OpenStoreOptions, env: NodeJS.ProcessEnv = process.env): EngineChoice {
  if (options.databaseUrl) return { engine: "postgres", databaseUrl: options.databaseUrl };
  if (options.inMemory) return { engine: "pglite", inMemory: true };
  if (options.dataDir) return { engine: "pglite", dataDir: resolve(options.dataDir) };
  const fromEnv = env.DATABASE_URL?.trim();
  if (fromEnv) return { engine: "postgres", databaseUrl: fromEnv };
  return { engine: "pglite", dataDir: resolve(defaultDataDir) };
}

/** A URL for logs and messages: the password never leaves the process. */
export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = "***";
    return parsed.toString();
  } catch {
    return "(unparseable database URL)";
  }
}
