import {
  DEFAULT_MIGRATION_LOCK_TABLE,
  DEFAULT_MIGRATION_TABLE,
  type DatabaseIntrospector,
  type DatabaseMetadata,
  type DatabaseMetadataOptions,
  type Kysely,
  type SchemaMetadata,
  type TableMetadata,
} from "kysely";

/**
 * Kysely's introspection, for the store's own schema only. Kysely's Postgres introspector
 * reads every table of the database and calls name-based functions on each
 * (`has_schema_privilege(nspname, ...)`, `pg_get_serial_sequence(...)`). The migrator uses it
 * before every migration run, so a schema another process dropped at that moment failed our
 * migration with 3F000 "schema ... does not exist". That happened to the test suite, whose files
 * drop their schemas while others migrate; measured with three processes creating and dropping
 * schemas: 368 of 813 introspections failed. This reads pg_class of one schema by its name and
 * calls no functions, so what happens elsewhere cannot fail it. Only table names are filled in:
 * the migrator needs nothing more, and nothing else in the store introspects.
 */
/** The two catalog tables read here. */
export interface PgCatalog {
  "pg_catalog.pg_namespace": { oid: number; nspname: string };
  "pg_catalog.pg_class": { relname: string; relkind: string; relnamespace: number };
}

export class OwnSchemaIntrospector implements DatabaseIntrospector {
  constructor(
    private readonly db: Kysely<PgCatalog>,
    private readonly schema: string,
  ) {}

  async getSchemas(): Promise<SchemaMetadata[]> {
    const rows = await this.db.selectFrom("pg_catalog.pg_namespace").select("nspname").execute();
    return rows.map((row) => ({ name: row.nspname }));
  }

  async getTables(options: DatabaseMetadataOptions = { withInternalKyselyTables: false }): Promise<TableMetadata[]> {
    const rows = await this.db
      .selectFrom("pg_catalog.pg_class as c")
      .innerJoin("pg_catalog.pg_namespace as ns", "c.relnamespace", "ns.oid")
      .select(["c.relname as name", "c.relkind as kind"])
      .where("ns.nspname", "=", this.schema)
      .where("c.relkind", "in", ["r", "v", "p"])
      .orderBy("c.relname")
      .execute();
    const internal = new Set([DEFAULT_MIGRATION_TABLE, DEFAULT_MIGRATION_LOCK_TABLE]);
    return rows
      .filter((row) => options.withInternalKyselyTables || !internal.has(row.name))
      .map((row) => ({ name: row.name, schema: this.schema, isView: row.kind === "v", columns: [] }));
  }

  async getMetadata(options?: DatabaseMetadataOptions): Promise<DatabaseMetadata> {
    return { tables: await this.getTables(options) };
  }
}
