import type { Kysely } from "kysely";
import { runSql } from "./run-sql.js";

/**
 * - signals.state: the domain's lifecycle state (owner, acknowledgement, history) as the
 *   domain computed it, so the next action is decided from exactly what was stored;
 * - signal_cards: which chat message shows which signal, so an action updates every copy
 *   in place instead of posting a second card (Teams updateActivity).
 */
export async function up(db: Kysely<any>): Promise<void> {
  await runSql(db, [
    `ALTER TABLE signals ADD COLUMN state jsonb CONSTRAINT signals_state_object CHECK (state IS NULL OR jsonb_typeof(state) = 'object')`,
    `CREATE TABLE signal_cards (
       signal_id uuid NOT NULL REFERENCES signals(id) ON DELETE CASCADE,
       conversation_reference_id uuid NOT NULL REFERENCES conversation_references(id) ON DELETE CASCADE,
       activity_id text NOT NULL,
       updated_at timestamptz NOT NULL,
       PRIMARY KEY (signal_id, conversation_reference_id)
     )`,
  ]);
}

export async function down(db: Kysely<any>): Promise<void> {
  await runSql(db, [`DROP TABLE signal_cards`, `ALTER TABLE signals DROP COLUMN state`]);
}
