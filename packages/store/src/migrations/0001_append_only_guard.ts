import type { Kysely } from "kysely";
import { runSql } from "./run-sql.js";

/**
 * One trigger function for the append-only tables (signal history, audit log). It raises our
 * own SQLSTATE CB001, which the store turns into a StoreError. A trigger created with the
 * argument 'retention' lets DELETE through only while the retention job has set
 * `convenantbot.retention` for its own transaction; the audit log has no such exception.
 * (A guard against mistakes, not against a database superuser.)
 */
export async function up(db: Kysely<any>): Promise<void> {
  await runSql(db, [
    `CREATE FUNCTION append_only_guard() RETURNS trigger LANGUAGE plpgsql AS $$
     BEGIN
       IF TG_OP = 'DELETE' AND TG_NARGS > 0 AND TG_ARGV[0] = 'retention'
          AND current_setting('convenantbot.retention', true) = 'on' THEN
         RETURN OLD;
       END IF;
       RAISE EXCEPTION 'append-only table %: % is not allowed', TG_TABLE_NAME, TG_OP
         USING ERRCODE = 'CB001', TABLE = TG_TABLE_NAME;
     END $$`,
  ]);
}

export async function down(db: Kysely<any>): Promise<void> {
  await runSql(db, [`DROP FUNCTION append_only_guard()`]);
}
