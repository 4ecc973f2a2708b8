import type { Kysely } from "kysely";
import { runSql } from "./run-sql.js";

/**
 * The caseworker's own dossier number (optional, issue 15 item 7) on an aanmelding and a
 * signal, found back by the sending party only: indexed per sending party, case-insensitive.
 * Not unique: one client file can lead to several aanmeldingen over the years.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await runSql(db, [
    `ALTER TABLE aanmeldingen ADD COLUMN own_reference text`,
    `CREATE INDEX aanmeldingen_own_reference ON aanmeldingen (sender_party_id, lower(own_reference)) WHERE own_reference IS NOT NULL`,
    `ALTER TABLE signals ADD COLUMN own_reference text`,
    `CREATE INDEX signals_own_reference ON signals (sender_party_id, lower(own_reference)) WHERE own_reference IS NOT NULL`,
  ]);
}

export async function down(db: Kysely<any>): Promise<void> {
  await runSql(db, [
    `DROP INDEX signals_own_reference`,
    `ALTER TABLE signals DROP COLUMN own_reference`,
    `DROP INDEX aanmeldingen_own_reference`,
    `ALTER TABLE aanmeldingen DROP COLUMN own_reference`,
  ]);
}
