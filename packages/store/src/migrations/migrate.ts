import { Migrator, NO_MIGRATIONS, type Kysely, type MigrationResultSet } from "kysely";
import { migrations } from "./index.js";

export interface MigrationReport {
  applied: string[];
}

function migrator(db: Kysely<any>, schema: string): Migrator {
  return new Migrator({
    db,
    provider: { getMigrations: async () => migrations },
    // Without an explicit schema Kysely would find another schema's kysely_migration table
    // (e.g. public's) and think this schema is already migrated.
    migrationTableSchema: schema,
  });
}

function unwrap(result: MigrationResultSet): MigrationReport {
  if (result.error) {
    const failed = result.results?.find((r) => r.status === "Error")?.migrationName ?? "(unknown)";
    const cause = result.error instanceof Error ? result.error.message : String(result.error);
    throw new Error(`Migration ${failed} failed: ${cause}`, { cause: result.error });
  }
  return { applied: (result.results ?? []).filter((r) => r.status === "Success").map((r) => r.migrationName) };
}

/** Brings the schema to the latest migration; safe to run from several processes at once. */
export async function migrateToLatest(db: Kysely<any>, schema: string): Promise<MigrationReport> {
  return unwrap(await migrator(db, schema).migrateToLatest());
}

export async function migrateDownAll(db: Kysely<any>, schema: string): Promise<MigrationReport> {
  return unwrap(await migrator(db, schema).migrateTo(NO_MIGRATIONS));
}
