import type { Kysely } from "kysely";
import { runSql } from "./run-sql.js";

/** Parties (organisations under a convenant) and their members (Teams users). */
export async function up(db: Kysely<any>): Promise<void> {
  await runSql(db, [
    `CREATE TABLE parties (
       id text PRIMARY KEY CONSTRAINT parties_id_format CHECK (id ~ '^[a-z0-9-]+$'),
       name text NOT NULL CONSTRAINT parties_name_present CHECK (length(name) > 0),
       role text NOT NULL,
       details jsonb NOT NULL DEFAULT '{}' CONSTRAINT parties_details_object CHECK (jsonb_typeof(details) = 'object'),
       created_at timestamptz NOT NULL DEFAULT now(),
       updated_at timestamptz NOT NULL DEFAULT now()
     )`,
    // A party can sign several rulebooks (e.g. the LV convenant and its noodwoning article).
    `CREATE TABLE party_rulebooks (
       party_id text NOT NULL REFERENCES parties(id) ON DELETE CASCADE,
       rulebook_id text NOT NULL,
       PRIMARY KEY (party_id, rulebook_id)
     )`,
    `CREATE INDEX party_rulebooks_rulebook_idx ON party_rulebooks (rulebook_id)`,
    `CREATE TABLE members (
       id uuid PRIMARY KEY,
       teams_user_id text NOT NULL CONSTRAINT members_teams_user_id_key UNIQUE
         CONSTRAINT members_teams_user_id_format CHECK (teams_user_id LIKE '29:_%'),
       aad_object_id uuid,
       tenant_id uuid NOT NULL,
       display_name text NOT NULL CONSTRAINT members_display_name_present CHECK (length(display_name) > 0),
       role text NOT NULL,
       party_id text NOT NULL CONSTRAINT members_party_id_fkey REFERENCES parties(id),
       is_coordinator boolean NOT NULL DEFAULT false,
       created_at timestamptz NOT NULL DEFAULT now(),
       updated_at timestamptz NOT NULL DEFAULT now()
     )`,
    `CREATE UNIQUE INDEX members_tenant_aad_key ON members (tenant_id, aad_object_id) WHERE aad_object_id IS NOT NULL`,
    `CREATE INDEX members_party_idx ON members (party_id)`,
  ]);
}

export async function down(db: Kysely<any>): Promise<void> {
  await runSql(db, [`DROP TABLE members`, `DROP TABLE party_rulebooks`, `DROP TABLE parties`]);
}
