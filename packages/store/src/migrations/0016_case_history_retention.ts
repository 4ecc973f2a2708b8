import type { Kysely } from "kysely";
import { runSql } from "./run-sql.js";

/**
 * Retention of a closed case keeps its history (the case status and the audit of who did what
 * when are derived from it) but must drop what the steps said about the candidate: the free-text
 * notes and reasons, and which caseworker acted. So case_history gets its own guard: still
 * append-only, except that the retention job (in its own transaction, as for signal history) may
 * remove keys from `details` and clear `actor_member_id`, and change nothing else.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await runSql(db, [
    `CREATE FUNCTION case_history_guard() RETURNS trigger LANGUAGE plpgsql AS $$
     BEGIN
       IF current_setting('convenantbot.retention', true) = 'on' THEN
         IF TG_OP = 'DELETE' THEN
           RETURN OLD;
         END IF;
         IF OLD.details @> NEW.details
            AND (NEW.actor_member_id IS NULL OR NEW.actor_member_id = OLD.actor_member_id)
            AND NEW.id = OLD.id AND NEW.aanmelding_id = OLD.aanmelding_id AND NEW.seq = OLD.seq
            AND NEW.action = OLD.action AND NEW.from_status IS NOT DISTINCT FROM OLD.from_status
            AND NEW.to_status = OLD.to_status AND NEW.at = OLD.at AND NEW.actor_party_id = OLD.actor_party_id
            AND NEW.actor_role = OLD.actor_role AND NEW.action_key IS NOT DISTINCT FROM OLD.action_key THEN
           RETURN NEW;
         END IF;
       END IF;
       RAISE EXCEPTION 'append-only table %: % is not allowed', TG_TABLE_NAME, TG_OP
         USING ERRCODE = 'CB001', TABLE = TG_TABLE_NAME;
     END $$`,
    `DROP TRIGGER case_history_append_only ON case_history`,
    `CREATE TRIGGER case_history_append_only BEFORE UPDATE OR DELETE ON case_history
       FOR EACH ROW EXECUTE FUNCTION case_history_guard()`,
  ]);
}

export async function down(db: Kysely<any>): Promise<void> {
  await runSql(db, [
    `DROP TRIGGER case_history_append_only ON case_history`,
    `CREATE TRIGGER case_history_append_only BEFORE UPDATE OR DELETE ON case_history
       FOR EACH ROW EXECUTE FUNCTION append_only_guard('retention')`,
    `DROP FUNCTION case_history_guard()`,
  ]);
}
