import type { Kysely } from "kysely";
import { runSql } from "./run-sql.js";

/**
 * What happened after a positive aanmelding: housing offers (accepted or refused, within the
 * convenant's term or not) and the lease (temporary start, evaluation due, then made
 * permanent or ended). Dates only; no personal data.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await runSql(db, [
    `CREATE TABLE housing_offers (
       id uuid PRIMARY KEY,
       aanmelding_id uuid NOT NULL CONSTRAINT housing_offers_aanmelding_id_fkey REFERENCES aanmeldingen(id) ON DELETE CASCADE,
       landlord_party_id text NOT NULL CONSTRAINT housing_offers_landlord_party_id_fkey REFERENCES parties(id),
       offered_on date NOT NULL,
       response text CONSTRAINT housing_offers_response_known CHECK (response IN ('geaccepteerd', 'geweigerd')),
       responded_on date,
       within_term boolean,
       created_at timestamptz NOT NULL DEFAULT now(),
       updated_at timestamptz NOT NULL DEFAULT now(),
       CONSTRAINT housing_offers_response_dates CHECK (
         (response IS NULL AND responded_on IS NULL) OR (response IS NOT NULL AND responded_on >= offered_on))
     )`,
    `CREATE INDEX housing_offers_aanmelding_idx ON housing_offers (aanmelding_id)`,
    `CREATE TABLE leases (
       id uuid PRIMARY KEY,
       aanmelding_id uuid NOT NULL CONSTRAINT leases_aanmelding_id_fkey REFERENCES aanmeldingen(id) ON DELETE CASCADE,
       landlord_party_id text CONSTRAINT leases_landlord_party_id_fkey REFERENCES parties(id),
       housing_offer_id uuid CONSTRAINT leases_housing_offer_id_fkey REFERENCES housing_offers(id) ON DELETE SET NULL,
       temporary_start date NOT NULL,
       evaluation_due date NOT NULL,
       made_permanent_on date,
       ended_on date,
       created_at timestamptz NOT NULL DEFAULT now(),
       updated_at timestamptz NOT NULL DEFAULT now(),
       CONSTRAINT leases_evaluation_after_start CHECK (evaluation_due >= temporary_start),
       CONSTRAINT leases_single_outcome CHECK (made_permanent_on IS NULL OR ended_on IS NULL),
       CONSTRAINT leases_outcome_after_start CHECK (
         coalesce(made_permanent_on, temporary_start) >= temporary_start AND coalesce(ended_on, temporary_start) >= temporary_start)
     )`,
    `CREATE INDEX leases_aanmelding_idx ON leases (aanmelding_id)`,
    `CREATE INDEX leases_evaluation_idx ON leases (evaluation_due) WHERE made_permanent_on IS NULL AND ended_on IS NULL`,
  ]);
}

export async function down(db: Kysely<any>): Promise<void> {
  await runSql(db, [`DROP TABLE leases`, `DROP TABLE housing_offers`]);
}
