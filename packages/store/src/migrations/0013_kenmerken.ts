import type { Kysely } from "kysely";
import { runSql } from "./run-sql.js";

/**
 * Short human handles (kenmerken, "HA-2026-0012"):
 * - kenmerk_sequences: the last running number per prefix and year, taken in the same
 *   transaction as the record it names, so two signals never get one number;
 * - signals.kenmerk: unique; signals stored before this have none (the card falls back to
 *   the first eight characters of the id, which the tab shows too).
 */
export async function up(db: Kysely<any>): Promise<void> {
  await runSql(db, [
    `CREATE TABLE kenmerk_sequences (
       prefix text NOT NULL CONSTRAINT kenmerk_sequences_prefix CHECK (prefix ~ '^[A-Z]{2,4}$'),
       year integer NOT NULL CONSTRAINT kenmerk_sequences_year CHECK (year BETWEEN 2000 AND 2999),
       last integer NOT NULL CONSTRAINT kenmerk_sequences_last CHECK (last > 0),
       PRIMARY KEY (prefix, year)
     )`,
    `ALTER TABLE signals ADD COLUMN kenmerk text`,
    `CREATE UNIQUE INDEX signals_kenmerk ON signals (kenmerk)`,
  ]);
}

export async function down(db: Kysely<any>): Promise<void> {
  await runSql(db, [
    `DROP INDEX signals_kenmerk`,
    `ALTER TABLE signals DROP COLUMN kenmerk`,
    `DROP TABLE kenmerk_sequences`,
  ]);
}
