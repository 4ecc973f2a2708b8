import type { Kysely } from "kysely";
import { runSql } from "./run-sql.js";

/** botbuilder Storage items (dialog, conversation and user state) with an eTag per write. */
export async function up(db: Kysely<any>): Promise<void> {
  await runSql(db, [
    `CREATE TABLE bot_state (
       key text PRIMARY KEY,
       document jsonb NOT NULL,
       etag text NOT NULL,
       updated_at timestamptz NOT NULL DEFAULT now()
     )`,
    `CREATE INDEX bot_state_updated_idx ON bot_state (updated_at)`,
  ]);
}

export async function down(db: Kysely<any>): Promise<void> {
  await runSql(db, [`DROP TABLE bot_state`]);
}
