import type { Kysely } from "kysely";
import { runSql } from "./run-sql.js";

/**
 * The audit log: who did what to which record, when, under which correlation id. Ids only,
 * no personal data, so it can outlive the records it describes; hence no exception for the
 * retention job: not even it may change or delete a row.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await runSql(db, [
    `CREATE TABLE audit_log (
       id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
       at timestamptz NOT NULL DEFAULT now(),
       actor text NOT NULL CONSTRAINT audit_log_actor_format CHECK (actor ~ '^(member|party|system|api):[A-Za-z0-9_.:-]+$'),
       action text NOT NULL CONSTRAINT audit_log_action_format CHECK (action ~ '^[a-z_]+(\\.[a-z_]+)+$'),
       record_type text NOT NULL,
       record_id text NOT NULL,
       correlation_id text
     )`,
    `CREATE INDEX audit_log_record_idx ON audit_log (record_type, record_id)`,
    `CREATE INDEX audit_log_correlation_idx ON audit_log (correlation_id) WHERE correlation_id IS NOT NULL`,
    `CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log
       FOR EACH ROW EXECUTE FUNCTION append_only_guard()`,
    `CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
       FOR EACH STATEMENT EXECUTE FUNCTION append_only_guard()`,
  ]);
}

export async function down(db: Kysely<any>): Promise<void> {
  await runSql(db, [`DROP TABLE audit_log`]);
}
