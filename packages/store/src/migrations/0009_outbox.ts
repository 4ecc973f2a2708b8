import type { Kysely } from "kysely";
import { runSql } from "./run-sql.js";

/**
 * The transactional outbox. A delivery row is written in the same transaction as the record
 * it announces; its id is the stable delivery id a receiver uses to drop repeats. Workers
 * claim due rows with FOR UPDATE SKIP LOCKED and a lease (claimed_until); a claim by a dead
 * worker becomes claimable again once the lease has passed.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await runSql(db, [
    `CREATE TABLE outbox (
       id uuid PRIMARY KEY,
       seq bigint GENERATED ALWAYS AS IDENTITY CONSTRAINT outbox_seq_key UNIQUE,
       kind text NOT NULL CONSTRAINT outbox_kind_present CHECK (length(kind) > 0),
       target text NOT NULL CONSTRAINT outbox_target_present CHECK (length(target) > 0),
       payload jsonb NOT NULL CONSTRAINT outbox_payload_object CHECK (jsonb_typeof(payload) = 'object'),
       record_type text,
       record_id text,
       attempts integer NOT NULL DEFAULT 0,
       next_attempt_at timestamptz NOT NULL DEFAULT now(),
       claimed_by text,
       claimed_until timestamptz,
       delivered_at timestamptz,
       failed_at timestamptz,
       last_error text,
       created_at timestamptz NOT NULL DEFAULT now()
     )`,
    // Only undelivered rows are ever scanned by workers; keep that index small.
    `CREATE INDEX outbox_due_idx ON outbox (next_attempt_at, seq) WHERE delivered_at IS NULL AND failed_at IS NULL`,
    `CREATE INDEX outbox_record_idx ON outbox (record_type, record_id)`,
  ]);
}

export async function down(db: Kysely<any>): Promise<void> {
  await runSql(db, [`DROP TABLE outbox`]);
}
