import type { Kysely } from "kysely";
import { runSql } from "./run-sql.js";

/**
 * Signals between parties, their recipients and an append-only history. The idempotency key
 * is unique per sender party, so a retried POST can never create a second signal.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await runSql(db, [
    `CREATE TABLE signals (
       id uuid PRIMARY KEY,
       type text NOT NULL,
       channel text NOT NULL DEFAULT 'convenant' CONSTRAINT signals_channel_known CHECK (channel IN ('convenant', 'vroegsignalering')),
       rulebook text NOT NULL,
       sender_party_id text NOT NULL CONSTRAINT signals_sender_party_id_fkey REFERENCES parties(id),
       payload jsonb NOT NULL CONSTRAINT signals_payload_object CHECK (jsonb_typeof(payload) = 'object'),
       status text NOT NULL CONSTRAINT signals_status_known
         CHECK (status IN ('nieuw', 'bevestigd', 'in_behandeling', 'afgesloten', 'doorgestuurd')),
       outcome text,
       owner_party_id text CONSTRAINT signals_owner_party_id_fkey REFERENCES parties(id),
       owner_member_id uuid CONSTRAINT signals_owner_member_id_fkey REFERENCES members(id) ON DELETE SET NULL,
       due_date date,
       idempotency_key text NOT NULL CONSTRAINT signals_idempotency_key_length
         CHECK (length(idempotency_key) BETWEEN 1 AND 200),
       aanmelding_id uuid CONSTRAINT signals_aanmelding_id_fkey REFERENCES aanmeldingen(id) ON DELETE SET NULL,
       created_at timestamptz NOT NULL DEFAULT now(),
       updated_at timestamptz NOT NULL DEFAULT now(),
       closed_at timestamptz,
       CONSTRAINT signals_sender_idempotency_key UNIQUE (sender_party_id, idempotency_key)
     )`,
    `CREATE INDEX signals_owner_party_idx ON signals (owner_party_id, status)`,
    `CREATE INDEX signals_retention_idx ON signals (status, updated_at)`,
    `CREATE TABLE signal_recipients (
       signal_id uuid NOT NULL REFERENCES signals(id) ON DELETE CASCADE,
       party_id text NOT NULL CONSTRAINT signal_recipients_party_id_fkey REFERENCES parties(id),
       PRIMARY KEY (signal_id, party_id)
     )`,
    `CREATE INDEX signal_recipients_party_idx ON signal_recipients (party_id)`,
    `CREATE TABLE signal_history (
       id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
       signal_id uuid NOT NULL REFERENCES signals(id) ON DELETE CASCADE,
       at timestamptz NOT NULL DEFAULT now(),
       actor text NOT NULL,
       from_status text,
       to_status text NOT NULL,
       action text NOT NULL,
       note text
     )`,
    `CREATE INDEX signal_history_signal_idx ON signal_history (signal_id, id)`,
    // Rows are never changed; only the retention job may delete them, together with the signal.
    `CREATE TRIGGER signal_history_append_only BEFORE UPDATE OR DELETE ON signal_history
       FOR EACH ROW EXECUTE FUNCTION append_only_guard('retention')`,
    `CREATE TRIGGER signal_history_no_truncate BEFORE TRUNCATE ON signal_history
       FOR EACH STATEMENT EXECUTE FUNCTION append_only_guard()`,
  ]);
}

export async function down(db: Kysely<any>): Promise<void> {
  await runSql(db, [`DROP TABLE signal_history`, `DROP TABLE signal_recipients`, `DROP TABLE signals`]);
}
