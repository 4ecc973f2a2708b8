import type { Kysely } from "kysely";
import { runSql } from "./run-sql.js";

/**
 * API credentials per party: a public key id and the SHA-256 of a 256-bit random secret. The
 * secret is shown once at creation and never stored; a fast hash is enough because the
 * secret has full entropy (no dictionary to try), unlike a password.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await runSql(db, [
    `CREATE TABLE api_credentials (
       key_id text PRIMARY KEY CONSTRAINT api_credentials_key_id_format CHECK (key_id ~ '^[A-Za-z0-9_-]{8,64}$'),
       party_id text NOT NULL CONSTRAINT api_credentials_party_id_fkey REFERENCES parties(id),
       secret_hash text NOT NULL CONSTRAINT api_credentials_hash_format CHECK (secret_hash ~ '^sha256:[0-9a-f]{64}$'),
       label text,
       created_at timestamptz NOT NULL DEFAULT now(),
       revoked_at timestamptz,
       last_used_at timestamptz
     )`,
    `CREATE INDEX api_credentials_party_idx ON api_credentials (party_id)`,
  ]);
}

export async function down(db: Kysely<any>): Promise<void> {
  await runSql(db, [`DROP TABLE api_credentials`]);
}
