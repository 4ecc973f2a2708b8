import type { Kysely } from "kysely";
import { runSql } from "./run-sql.js";

/**
 * outbox.unreachable_at: a delivery nobody can receive yet (the recipient party has no
 * member with a personal chat, or the app was removed everywhere). It is parked, not
 * completed: shown to the sender and woken when a member of the target becomes reachable.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await runSql(db, [
    `ALTER TABLE outbox ADD COLUMN unreachable_at timestamptz`,
    `CREATE INDEX outbox_unreachable_idx ON outbox (target) WHERE unreachable_at IS NOT NULL AND delivered_at IS NULL`,
  ]);
}

export async function down(db: Kysely<any>): Promise<void> {
  await runSql(db, [`DROP INDEX outbox_unreachable_idx`, `ALTER TABLE outbox DROP COLUMN unreachable_at`]);
}
