import type { Kysely } from "kysely";
import { runSql } from "./run-sql.js";

/**
 * A short human handle for a case ("LV-2026-0012": the rulebook's prefix, the year, a running
 * number from kenmerk_sequences) beside its uuid, which stays the id. Unique; aanmeldingen
 * stored before this have none (cards and the tab fall back to the first eight characters).
 */
export async function up(db: Kysely<any>): Promise<void> {
  await runSql(db, [
    `ALTER TABLE aanmeldingen ADD COLUMN kenmerk text`,
    `CREATE UNIQUE INDEX aanmeldingen_kenmerk ON aanmeldingen (kenmerk)`,
  ]);
}

export async function down(db: Kysely<any>): Promise<void> {
  await runSql(db, [`DROP INDEX aanmeldingen_kenmerk`, `ALTER TABLE aanmeldingen DROP COLUMN kenmerk`]);
}
