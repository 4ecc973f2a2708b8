import { randomUUID } from "node:crypto";
import { CheckResponseSchema } from "@convenantbot/domain";
import { sql, type Transaction } from "kysely";
import type { Db } from "../db/in-transaction.js";
import { toJson } from "../db/json.js";
import type { Database } from "../db/schema.js";
import { pseudonymiseDecision } from "../records/decision.js";
import { appendAudit } from "../repositories/audit-log.js";
import { monthsBefore } from "./cutoff.js";
import { resolveRetentionPolicy, type RetentionPolicyOverrides } from "./retention-policy.js";

export interface RetentionReport {
  runId: string;
  signalCutoff: string;
  aanmeldingCutoff: string;
  signalsDeleted: number;
  aanmeldingenPseudonymised: number;
}

export interface PurgeOptions {
  policy?: RetentionPolicyOverrides;
  /** Default: the store's clock. */
  now?: Date;
  correlationId?: string;
}

const actor = "system:retention";

/** Opens the retention path through the append-only guard for this transaction only. */
async function enterRetentionMode(trx: Transaction<Database>): Promise<void> {
  await sql`SELECT set_config('convenantbot.retention', 'on', true)`.execute(trx);
}

async function deleteSignalBatch(db: Db, cutoff: string, statuses: string[], batchSize: number, at: string, correlationId: string): Promise<number> {
  return db.transaction().execute(async (trx) => {
    const rows = await trx
      .selectFrom("signals")
      .select("id")
      .where("status", "in", statuses)
      .where("updated_at", "<", cutoff)
      .orderBy("updated_at")
      .limit(batchSize)
      .forUpdate()
      .skipLocked()
      .execute();
    if (rows.length === 0) return 0;
    const ids = rows.map((r) => r.id);
    await enterRetentionMode(trx);
    // Deliveries may quote the signal: they go with it, delivered or not.
    await trx.deleteFrom("outbox").where("record_type", "=", "signal").where("record_id", "in", ids).execute();
    // Recipients and history follow by ON DELETE CASCADE (history only because of retention mode).
    await trx.deleteFrom("signals").where("id", "in", ids).execute();
    for (const id of ids) {
      await appendAudit(trx, at, { actor, action: "retention.delete", recordType: "signal", recordId: id, correlationId });
    }
    return ids.length;
  });
}

async function pseudonymiseAanmeldingBatch(db: Db, cutoff: string, batchSize: number, at: string, correlationId: string): Promise<number> {
  return db.transaction().execute(async (trx) => {
    const rows = await trx
      .selectFrom("aanmeldingen")
      .select(["id", "decision"])
      .where("closed_at", "<", cutoff)
      .where("pseudonymised_at", "is", null)
      .orderBy("closed_at")
      .limit(batchSize)
      .forUpdate()
      .skipLocked()
      .execute();
    for (const row of rows) {
      // Keep what explains the decision (rulebook hash, outcome, rule codes); drop the facts.
      const full = CheckResponseSchema.safeParse(row.decision);
      const decision = full.success ? pseudonymiseDecision(full.data) : null;
      await trx
        .updateTable("aanmeldingen")
        .set({ facts: toJson({}), decision: decision ? toJson(decision) : null, candidate: null, created_by: null, pseudonymised_at: at, updated_at: at })
        .where("id", "=", row.id)
        .execute();
      await trx.deleteFrom("outbox").where("record_type", "=", "aanmelding").where("record_id", "=", row.id).execute();
      await appendAudit(trx, at, { actor, action: "retention.pseudonymise", recordType: "aanmelding", recordId: row.id, correlationId });
    }
    return rows.length;
  });
}

/**
 * The retention job: deletes unanswered or closed signals (with their history, recipients
 * and deliveries) and pseudonymises closed aanmeldingen once their term has passed. Every
 * record touched gets an audit row; the run gets one too. Safe to run in several processes
 * at once (SKIP LOCKED) and to run again (it only finds what is still due).
 */
export async function purgeExpired(store: { db: Db; now: () => Date }, options: PurgeOptions = {}): Promise<RetentionReport> {
  const policy = resolveRetentionPolicy(options.policy);
  const now = options.now ?? store.now();
  const at = now.toISOString();
  const runId = randomUUID();
  const correlationId = options.correlationId ?? `retention-${runId}`;
  const signalCutoff = monthsBefore(now, policy.signals.months).toISOString();
  const aanmeldingCutoff = monthsBefore(now, policy.aanmeldingen.months).toISOString();

  let signalsDeleted = 0;
  for (;;) {
    const n = await deleteSignalBatch(store.db, signalCutoff, policy.signals.statuses, policy.batchSize, at, correlationId);
    signalsDeleted += n;
    if (n < policy.batchSize) break;
  }
  let aanmeldingenPseudonymised = 0;
  for (;;) {
    const n = await pseudonymiseAanmeldingBatch(store.db, aanmeldingCutoff, policy.batchSize, at, correlationId);
    aanmeldingenPseudonymised += n;
    if (n < policy.batchSize) break;
  }
  await appendAudit(store.db, at, { actor, action: "retention.run", recordType: "retention_run", recordId: runId, correlationId });
  return { runId, signalCutoff, aanmeldingCutoff, signalsDeleted, aanmeldingenPseudonymised };
}
