import type { Kysely } from "kysely";
import { runSql } from "./run-sql.js";

/**
 * Bot Framework conversation references for proactive messages: one per conversation, tied
 * to a member (personal chat) and/or a channel. last_error keeps e.g. a 403 "app removed",
 * so the product can show that a party no longer receives messages.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await runSql(db, [
    `CREATE TABLE conversation_references (
       id uuid PRIMARY KEY,
       conversation_id text NOT NULL CONSTRAINT conversation_references_conversation_key UNIQUE,
       member_id uuid CONSTRAINT conversation_references_member_id_fkey REFERENCES members(id) ON DELETE CASCADE,
       teams_channel_id text,
       party_id text CONSTRAINT conversation_references_party_id_fkey REFERENCES parties(id),
       tenant_id uuid,
       reference jsonb NOT NULL CONSTRAINT conversation_references_reference_object CHECK (jsonb_typeof(reference) = 'object'),
       last_error text,
       last_error_at timestamptz,
       last_success_at timestamptz,
       created_at timestamptz NOT NULL DEFAULT now(),
       updated_at timestamptz NOT NULL DEFAULT now(),
       CONSTRAINT conversation_references_has_owner CHECK (member_id IS NOT NULL OR teams_channel_id IS NOT NULL)
     )`,
    `CREATE INDEX conversation_references_member_idx ON conversation_references (member_id)`,
    `CREATE INDEX conversation_references_channel_idx ON conversation_references (teams_channel_id)`,
    `CREATE INDEX conversation_references_party_idx ON conversation_references (party_id)`,
  ]);
}

export async function down(db: Kysely<any>): Promise<void> {
  await runSql(db, [`DROP TABLE conversation_references`]);
}
