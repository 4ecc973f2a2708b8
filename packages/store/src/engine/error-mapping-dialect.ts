import {
  PostgresAdapter,
  PostgresDriver,
  PostgresQueryCompiler,
  type DatabaseConnection,
  type Dialect,
  type Kysely,
  type PostgresDialectConfig,
} from "kysely";
import { OwnSchemaIntrospector, type PgCatalog } from "./own-schema-introspector.js";
import { fromDatabaseError } from "../errors/from-database-error.js";

const mapped = new WeakSet<DatabaseConnection>();

/**
 * Kysely's Postgres driver with one change: a constraint violation leaves every query as a
 * typed StoreError. Doing it at the connection means no repository can forget it, and a
 * transaction still rolls back because the error still propagates.
 */
class ErrorMappingPostgresDriver extends PostgresDriver {
  override async acquireConnection(): Promise<DatabaseConnection> {
    const connection = await super.acquireConnection();
    if (!mapped.has(connection)) {
      const execute = connection.executeQuery.bind(connection);
      connection.executeQuery = async (query) => {
        try {
          return await execute(query);
        } catch (error) {
          throw fromDatabaseError(error);
        }
      };
      mapped.add(connection);
    }
    return connection;
  }
}

/** `schema`: the store's own; the migrator's introspection looks at it alone (own-schema-introspector.ts). */
export function errorMappingPostgresDialect(config: PostgresDialectConfig, schema: string): Dialect {
  return {
    createDriver: () => new ErrorMappingPostgresDriver(config),
    createAdapter: () => new PostgresAdapter(),
    createQueryCompiler: () => new PostgresQueryCompiler(),
    createIntrospector: (db: Kysely<any>) => new OwnSchemaIntrospector(db as Kysely<PgCatalog>, schema),
  };
}
