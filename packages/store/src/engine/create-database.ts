import { createPgConfig } from "@electric-sql/pglite/node-postgres";
import { CompiledQuery, Kysely } from "kysely";
import pg from "pg";
import type { Database } from "../db/schema.js";
import { StoreOpenError } from "../errors/store-open-error.js";
import { errorMappingPostgresDialect } from "./error-mapping-dialect.js";
import { openPglite } from "./open-pglite.js";
import { redactUrl, type EngineChoice } from "./resolve-engine.js";
import { quoteIdent } from "./schema-name.js";
import { typeParsers } from "./type-parsers.js";

export interface OpenedDatabase {
  engine: "pglite" | "postgres";
  db: Kysely<Database>;
  close(): Promise<void>;
}

// A deadlock in our own code (a query on the pool while holding its only connection) should
// fail loudly rather than hang forever.
const connectionTimeoutMillis = 30_000;

/**
 * One code path for both engines: Kysely's Postgres dialect over a node-postgres Pool. For
 * PGlite the pool talks to PGlite's own node-postgres adapter (one connection, since PGlite is
 * one session), so both engines share the SQL, the type parsers and the error mapping.
 */
export async function createDatabase(choice: EngineChoice, schema: string, poolMax = 10): Promise<OpenedDatabase> {
  const searchPath = CompiledQuery.raw(`SET search_path TO ${quoteIdent(schema)}`);
  const createSchema = CompiledQuery.raw(`CREATE SCHEMA IF NOT EXISTS ${quoteIdent(schema)}`);

  if (choice.engine === "postgres") {
    const pool = new pg.Pool({
      connectionString: choice.databaseUrl,
      max: poolMax,
      connectionTimeoutMillis,
      types: typeParsers,
      application_name: "convenantbot",
    });
    // Without listeners a client's network error would crash the process: the pool's for idle
    // clients, each client's own for one in use (the query then fails with a StoreError instead).
    pool.on("error", () => undefined);
    pool.on("connect", (client) => client.on("error", () => undefined));
    try {
      const client = await pool.connect();
      try {
        await client.query(createSchema.sql);
      } finally {
        client.release();
      }
    } catch (error) {
      await pool.end().catch(() => undefined);
      const reason = error instanceof Error ? error.message : String(error);
      throw new StoreOpenError(
        `Kan de Postgres-server ${redactUrl(choice.databaseUrl)} niet gebruiken (${reason}). Controleer DATABASE_URL, of de server draait en of schema '${schema}' aangemaakt mag worden.`,
        `Cannot use the Postgres server ${redactUrl(choice.databaseUrl)} (${reason}). Check DATABASE_URL, that the server is running, and that schema '${schema}' may be created.`,
        { cause: error },
      );
    }
    const db = new Kysely<Database>({
      dialect: errorMappingPostgresDialect(
        {
          pool,
          onCreateConnection: async (connection) => {
            await connection.executeQuery(searchPath);
          },
        },
        schema,
      ),
    });
    return { engine: "postgres", db, close: () => db.destroy() };
  }

  const opened = await openPglite(choice);
  const pool = new pg.Pool({
    ...createPgConfig(opened.pglite),
    max: 1,
    idleTimeoutMillis: 0,
    connectionTimeoutMillis,
    types: typeParsers,
  });
  pool.on("error", () => undefined);
  pool.on("connect", (client) => client.on("error", () => undefined));
  await opened.pglite.exec(createSchema.sql);
  const db = new Kysely<Database>({
    dialect: errorMappingPostgresDialect(
      {
        pool,
        onCreateConnection: async (connection) => {
          await connection.executeQuery(searchPath);
        },
      },
      schema,
    ),
  });
  return {
    engine: "pglite",
    db,
    async close() {
      try {
        await db.destroy();
      } finally {
        await opened.close();
      }
    },
  };
}
