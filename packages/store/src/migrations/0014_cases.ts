import type { Kysely } from "kysely";
import { runSql } from "./run-sql.js";

/**
 * The aanmelding as a shared case:
 * - aanmeldingen.candidate: the candidate details the receiving parties need (privacy-filtered per
 *   recipient when shown); sender_party_id: the party that submitted;
 * - case_recipients: who the hand-off routing sent it to, in which part and chain stage;
 * - case_history: the append-only history the case status is derived from; (aanmelding, seq)
 *   makes two concurrent steps on the same state impossible, (aanmelding, action_key) makes a
 *   retried invoke one step;
 * - case_cards: which chat message shows which case, so every step updates each copy in place.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await runSql(db, [
    `ALTER TABLE aanmeldingen ADD COLUMN candidate jsonb CONSTRAINT aanmeldingen_candidate_object CHECK (candidate IS NULL OR jsonb_typeof(candidate) = 'object')`,
    `ALTER TABLE aanmeldingen ADD COLUMN sender_party_id text CONSTRAINT aanmeldingen_sender_party_id_fkey REFERENCES parties(id)`,
    `CREATE TABLE case_recipients (
       aanmelding_id uuid NOT NULL REFERENCES aanmeldingen(id) ON DELETE CASCADE,
       party_id text NOT NULL REFERENCES parties(id),
       case_role text NOT NULL CONSTRAINT case_recipients_role_known
         CHECK (case_role IN ('verhuurder', 'begeleider', 'meldpunt', 'beoordelaar')),
       stage integer NOT NULL DEFAULT 1 CONSTRAINT case_recipients_stage_positive CHECK (stage >= 1),
       rule_id text NOT NULL,
       article text NOT NULL,
       PRIMARY KEY (aanmelding_id, party_id)
     )`,
    `CREATE INDEX case_recipients_party_idx ON case_recipients (party_id)`,
    `CREATE TABLE case_history (
       id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
       aanmelding_id uuid NOT NULL REFERENCES aanmeldingen(id),
       seq integer NOT NULL CONSTRAINT case_history_seq_nonnegative CHECK (seq >= 0),
       action text NOT NULL,
       from_status text,
       to_status text NOT NULL,
       at timestamptz NOT NULL,
       actor_party_id text NOT NULL,
       actor_role text NOT NULL,
       actor_member_id text,
       action_key text,
       details jsonb NOT NULL DEFAULT '{}' CONSTRAINT case_history_details_object CHECK (jsonb_typeof(details) = 'object'),
       CONSTRAINT case_history_seq_key UNIQUE (aanmelding_id, seq),
       CONSTRAINT case_history_action_key UNIQUE (aanmelding_id, action_key)
     )`,
    `CREATE TRIGGER case_history_append_only BEFORE UPDATE OR DELETE ON case_history
       FOR EACH ROW EXECUTE FUNCTION append_only_guard('retention')`,
    `CREATE TRIGGER case_history_no_truncate BEFORE TRUNCATE ON case_history
       FOR EACH STATEMENT EXECUTE FUNCTION append_only_guard()`,
    `CREATE TABLE case_cards (
       aanmelding_id uuid NOT NULL REFERENCES aanmeldingen(id) ON DELETE CASCADE,
       conversation_reference_id uuid NOT NULL REFERENCES conversation_references(id) ON DELETE CASCADE,
       activity_id text NOT NULL,
       updated_at timestamptz NOT NULL,
       PRIMARY KEY (aanmelding_id, conversation_reference_id)
     )`,
  ]);
}

export async function down(db: Kysely<any>): Promise<void> {
  await runSql(db, [
    `DROP TABLE case_cards`,
    `DROP TABLE case_history`,
    `DROP TABLE case_recipients`,
    `ALTER TABLE aanmeldingen DROP COLUMN sender_party_id`,
    `ALTER TABLE aanmeldingen DROP COLUMN candidate`,
  ]);
}
