import type { Kysely } from "kysely";
import { runSql } from "./run-sql.js";

/**
 * Aanmeldingen (cases). Facts and the decision snapshot are jsonb: their shape belongs to
 * each rulebook. Outcome and rulebook hash are also columns, so lists and retention can use
 * them without reading the snapshot.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await runSql(db, [
    `CREATE TABLE aanmeldingen (
       id uuid PRIMARY KEY,
       rulebook text NOT NULL,
       rulebook_version text NOT NULL,
       facts jsonb NOT NULL DEFAULT '{}' CONSTRAINT aanmeldingen_facts_object CHECK (jsonb_typeof(facts) = 'object'),
       decision jsonb,
       outcome text CONSTRAINT aanmeldingen_outcome_known
         CHECK (outcome IN ('eligible', 'not_eligible', 'needs_info', 'needs_review')),
       support_party_id text CONSTRAINT aanmeldingen_support_party_id_fkey REFERENCES parties(id),
       status text NOT NULL CONSTRAINT aanmeldingen_status_known
         CHECK (status IN ('concept', 'ingediend', 'in_behandeling', 'geplaatst', 'afgesloten', 'ingetrokken')),
       deadlines jsonb NOT NULL DEFAULT '[]' CONSTRAINT aanmeldingen_deadlines_array CHECK (jsonb_typeof(deadlines) = 'array'),
       created_by uuid CONSTRAINT aanmeldingen_created_by_fkey REFERENCES members(id) ON DELETE SET NULL,
       created_at timestamptz NOT NULL DEFAULT now(),
       updated_at timestamptz NOT NULL DEFAULT now(),
       closed_at timestamptz,
       pseudonymised_at timestamptz,
       CONSTRAINT aanmeldingen_closed_at_matches_status
         CHECK ((status IN ('afgesloten', 'ingetrokken')) = (closed_at IS NOT NULL))
     )`,
    `CREATE INDEX aanmeldingen_created_by_idx ON aanmeldingen (created_by)`,
    `CREATE INDEX aanmeldingen_support_party_idx ON aanmeldingen (support_party_id)`,
    `CREATE INDEX aanmeldingen_retention_idx ON aanmeldingen (closed_at) WHERE closed_at IS NOT NULL AND pseudonymised_at IS NULL`,
  ]);
}

export async function down(db: Kysely<any>): Promise<void> {
  await runSql(db, [`DROP TABLE aanmeldingen`]);
}
