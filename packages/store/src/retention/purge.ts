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
  intakeCutoff: string;
  /** Conversation states (the intakes in them) untouched since the cutoff, removed. */
  intakesRemoved: number;
}

export interface PurgeOptions {
  policy?: RetentionPolicyOverrides;
  /** Default: the store's clock. */
  now?: Date;
  correlationId?: string;
}

const actor = "system:retention";

/**
 * The fields of case steps (domain CaseActionSchema) that are free text or name a person: the
 * reason of weigeren/afsluiten/intrekken/afwijzen, a notitie, who was assigned. Dates, parties
 * and the status path stay: the pseudonymised case still tells what happened when, not to whom.
 */
export const personalCaseDetailKeys = ["reason", "note", "assigneeMemberId", "assigneeName"];

/** Opens the retention path through the append-only guard for this transaction only. */
async function enterRetentionMode(trx: Transaction<Database>): Promise<void> {
  await sql`SELECT set_config('convenantbot.retention', 'on', true)`.execute(trx);
}

async function deleteSignalBatch(
  db: Db,
  cutoff: string,
  statuses: string[],
  batchSize: number,
  at: string,
  correlationId: string,
): Promise<number> {
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
      await appendAudit(trx, at, {
        actor,
        action: "retention.delete",
        recordType: "signal",
        recordId: id,
        correlationId,
      });
    }
    return ids.length;
  });
}

async function pseudonymiseAanmeldingBatch(
  db: Db,
  cutoff: string,
  batchSize: number,
  at: string,
  correlationId: string,
): Promise<number> {
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
    if (rows.length > 0) await enterRetentionMode(trx);
    for (const row of rows) {
      // Keep what explains the decision (rulebook hash, outcome, rule codes); drop the facts.
      const full = CheckResponseSchema.safeParse(row.decision);
      const decision = full.success ? pseudonymiseDecision(full.data) : null;
      await trx
        .updateTable("aanmeldingen")
        .set({
          facts: toJson({}),
          decision: decision ? toJson(decision) : null,
          candidate: null,
          own_reference: null,
          created_by: null,
          pseudonymised_at: at,
          updated_at: at,
        })
        .where("id", "=", row.id)
        .execute();
      // The history stays (the status derives from it); what its steps said about the candidate
      // (notes, details) and which caseworker acted go. Only retention mode allows this update.
      await trx
        .updateTable("case_history")
        .set({ details: sql`details - ${sql.val(personalCaseDetailKeys)}::text[]`, actor_member_id: null })
        .where("aanmelding_id", "=", row.id)
        .execute();
      await trx.deleteFrom("case_cards").where("aanmelding_id", "=", row.id).execute();
      await trx.deleteFrom("outbox").where("record_type", "=", "aanmelding").where("record_id", "=", row.id).execute();
      await appendAudit(trx, at, {
        actor,
        action: "retention.pseudonymise",
        recordType: "aanmelding",
        recordId: row.id,
        correlationId,
      });
    }
    return rows.length;
  });
}

/**
 * An intake lives only in the bot's conversation state (botbuilder ConversationState keys are
 * `<channel>/conversations/<id>/`); one nobody touched for the term is abandoned. User state
 * (the language choice) is a preference, not an intake, and stays.
 */
async function deleteAbandonedIntakeBatch(
  db: Db,
  cutoff: string,
  batchSize: number,
  at: string,
  correlationId: string,
): Promise<string[]> {
  return db.transaction().execute(async (trx) => {
    const rows = await trx
      .selectFrom("bot_state")
      .select("key")
      .where("key", "like", "%/conversations/%")
      .where("updated_at", "<", cutoff)
      .orderBy("updated_at")
      .limit(batchSize)
      .forUpdate()
      .skipLocked()
      .execute();
    if (rows.length === 0) return [];
    const keys = rows.map((r) => r.key);
    await trx.deleteFrom("bot_state").where("key", "in", keys).execute();
    for (const key of keys) {
      await appendAudit(trx, at, {
        actor,
        action: "retention.delete",
        recordType: "bot_state",
        recordId: key,
        correlationId,
      });
    }
    return keys;
  });
}

/**
 * The retention job: deletes unanswered or closed signals (with their history, recipients
 * and deliveries), pseudonymises closed aanmeldingen (candidate, facts, the notes, reasons
 * and assignees in their case history) once their term has passed, and removes intakes abandoned for the intake term. Every
 * record touched gets an audit row; the run gets one too. Safe to run in several processes
 * at once (SKIP LOCKED) and to run again (it only finds what is still due).
 */
export async function purgeExpired(
  store: { db: Db; now: () => Date; botStorage?: { forget(keys: readonly string[]): void } },
  options: PurgeOptions = {},
): Promise<RetentionReport> {
  const policy = resolveRetentionPolicy(options.policy);
  const now = options.now ?? store.now();
  const at = now.toISOString();
  const runId = randomUUID();
  const correlationId = options.correlationId ?? `retention-${runId}`;
  const signalCutoff = monthsBefore(now, policy.signals.months).toISOString();
  const aanmeldingCutoff = monthsBefore(now, policy.aanmeldingen.months).toISOString();

  let signalsDeleted = 0;
  for (;;) {
    const n = await deleteSignalBatch(
      store.db,
      signalCutoff,
      policy.signals.statuses,
      policy.batchSize,
      at,
      correlationId,
    );
    signalsDeleted += n;
    if (n < policy.batchSize) break;
  }
  let aanmeldingenPseudonymised = 0;
  for (;;) {
    const n = await pseudonymiseAanmeldingBatch(store.db, aanmeldingCutoff, policy.batchSize, at, correlationId);
    aanmeldingenPseudonymised += n;
    if (n < policy.batchSize) break;
  }
  const intakeCutoff = new Date(now.getTime() - policy.intakes.days * 86_400_000).toISOString();
  let intakesRemoved = 0;
  for (;;) {
    const keys = await deleteAbandonedIntakeBatch(store.db, intakeCutoff, policy.batchSize, at, correlationId);
    // The bot's state cache (PGlite) must not hand a removed intake back.
    store.botStorage?.forget(keys);
    intakesRemoved += keys.length;
    if (keys.length < policy.batchSize) break;
  }
  await appendAudit(store.db, at, {
    actor,
    action: "retention.run",
    recordType: "retention_run",
    recordId: runId,
    correlationId,
  });
  return {
    runId,
    signalCutoff,
    aanmeldingCutoff,
    signalsDeleted,
    aanmeldingenPseudonymised,
    intakeCutoff,
    intakesRemoved,
  };
}
