import { Migrator, NO_MIGRATIONS, sql, type Kysely, type MigrationResultSet } from "kysely";
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
  if (await isUpToDate(db, schema)) return { applied: [] };
  return unwrap(await migrator(db, schema).migrateToLatest());
}

/**
 * Every migration recorded already (each restart): one select instead of the Migrator's
 * table checks, lock and transaction, which cost about half a second of a PGlite cold start.
 * Anything else (a fresh schema, a newer or an unknown migration) goes to the Migrator.
 */
async function isUpToDate(db: Kysely<any>, schema: string): Promise<boolean> {
  const names = Object.keys(migrations).sort();
  try {
    const { rows } = await sql<{ name: string }>`select name from ${sql.table(`${schema}.kysely_migration`)}`.execute(
      db,
    );
    const recorded = rows.map((row) => row.name).sort();
    return recorded.length === names.length && recorded.every((name, i) => name === names[i]);
  } catch {
    return false; // no migration table yet
  }
}

export async function migrateDownAll(db: Kysely<any>, schema: string): Promise<MigrationReport> {
  return unwrap(await migrator(db, schema).migrateTo(NO_MIGRATIONS));
}
