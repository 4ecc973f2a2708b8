import { randomUUID } from "node:crypto";
import { sql, type Insertable, type Selectable } from "kysely";
import type { Db } from "../db/in-transaction.js";
import { toJson } from "../db/json.js";
import {
  DeliveryInputSchema,
  deliveryLabel,
  type OutboxDelivery,
  type DeliveryInput,
  type OutboxRow,
} from "../records/delivery.js";
import { parseInput } from "../records/parse.js";
import { nowIso, type RepoContext } from "./context.js";
import type { OutboxTable } from "../db/schema.js";

type Row = Selectable<OutboxTable>;

function toDelivery(row: Row): OutboxDelivery {
  return {
    id: row.id,
    kind: row.kind,
    target: row.target,
    payload: row.payload,
    recordType: row.record_type,
    recordId: row.record_id,
    attempts: row.attempts,
    createdAt: row.created_at,
  };
}

function toOutboxRow(row: Row): OutboxRow {
  return {
    ...toDelivery(row),
    nextAttemptAt: row.next_attempt_at,
    claimedBy: row.claimed_by,
    claimedUntil: row.claimed_until,
    deliveredAt: row.delivered_at,
    failedAt: row.failed_at,
    lastError: row.last_error,
    unreachableAt: row.unreachable_at,
  };
}

/** Errors are kept short: they may quote a remote answer, and they are for operators. */
const clip = (error: string) => error.slice(0, 2000);

export interface OutboxStats {
  pending: number;
  inFlight: number;
  delivered: number;
  failed: number;
  unreachable: number;
}

/** Writes deliveries in the caller's transaction; used by repositories that announce a record. */
export async function enqueueDeliveries(
  db: Db,
  at: string,
  deliveries: readonly DeliveryInput[],
  record?: { type: string; id: string },
): Promise<string[]> {
  if (deliveries.length === 0) return [];
  const rows = deliveryRows(at, deliveries, record);
  await db.insertInto("outbox").values(rows).execute();
  return rows.map((r) => r.id);
}

/** Parsed outbox rows for one record's deliveries (a bulk write inserts many records' rows at once). */
export function deliveryRows(
  at: string,
  deliveries: readonly DeliveryInput[],
  record?: { type: string; id: string },
): Insertable<OutboxTable>[] {
  const parsed = deliveries.map((d) => parseInput(DeliveryInputSchema, d, deliveryLabel));
  return parsed.map((d) => ({
    id: d.id ?? randomUUID(),
    kind: d.kind,
    target: d.target,
    payload: toJson(d.payload),
    record_type: record?.type ?? null,
    record_id: record?.id ?? null,
    next_attempt_at: d.notBefore ? new Date(d.notBefore).toISOString() : at,
    created_at: at,
  }));
}

/**
 * The outbox table. Claiming uses FOR UPDATE SKIP LOCKED, so workers in several processes
 * never take the same row at once; a claim carries a lease (claimed_until) after which
 * another worker may take the row, which is how a dead worker's deliveries get done.
 */
export class OutboxRepository {
  constructor(private readonly ctx: RepoContext) {}

  async enqueue(deliveries: readonly DeliveryInput[], record?: { type: string; id: string }): Promise<string[]> {
    return enqueueDeliveries(this.ctx.db, nowIso(this.ctx), deliveries, record);
  }

  /** Claims up to `batchSize` due rows for `leaseMs`; counts the attempt at claim time, so a crash counts too. */
  async claim(
    workerId: string,
    options: { batchSize: number; leaseMs: number; now?: Date },
  ): Promise<OutboxDelivery[]> {
    const now = options.now ?? this.ctx.now();
    const until = new Date(now.getTime() + options.leaseMs).toISOString();
    const at = now.toISOString();
    const result = await sql<Row>`
      UPDATE outbox
         SET claimed_by = ${workerId}, claimed_until = ${until}, attempts = attempts + 1
       WHERE id IN (
         SELECT id FROM outbox
          WHERE delivered_at IS NULL AND failed_at IS NULL AND unreachable_at IS NULL
            AND next_attempt_at <= ${at}
            AND (claimed_until IS NULL OR claimed_until <= ${at})
          ORDER BY next_attempt_at, seq
          LIMIT ${options.batchSize}
          FOR UPDATE SKIP LOCKED)
      RETURNING id, kind, target, payload, record_type, record_id, attempts, next_attempt_at,
                claimed_by, claimed_until, delivered_at, failed_at, last_error, unreachable_at, created_at, seq`.execute(
      this.ctx.db,
    );
    // RETURNING has no order; hand deliveries out in the order they were queued.
    return [...result.rows].sort((a, b) => a.seq - b.seq).map(toDelivery);
  }

  /**
   * Idempotent: the first call records the time and returns true; repeats (e.g. by a worker
   * whose lease ran out while another also delivered) change nothing and return false.
   */
  async markDelivered(id: string, now: Date = this.ctx.now()): Promise<boolean> {
    const result = await this.ctx.db
      .updateTable("outbox")
      .set({ delivered_at: now.toISOString(), claimed_until: null, last_error: null })
      .where("id", "=", id)
      .where("delivered_at", "is", null)
      .executeTakeFirst();
    return result.numUpdatedRows > 0n;
  }

  /**
   * The bulk form of markDelivered: one statement for a worker's whole batch. Idempotent per
   * row like markDelivered; returns how many rows it marked now.
   */
  async markDeliveredMany(ids: readonly string[], now: Date = this.ctx.now()): Promise<number> {
    if (ids.length === 0) return 0;
    const result = await this.ctx.db
      .updateTable("outbox")
      .set({ delivered_at: now.toISOString(), claimed_until: null, last_error: null })
      .where("id", "in", [...ids])
      .where("delivered_at", "is", null)
      .executeTakeFirst();
    return Number(result.numUpdatedRows);
  }

  /**
   * Gives back claimed deliveries this worker never started (its lease would run out before
   * they could finish): due again at once, and the attempt counted at claim time is undone.
   */
  async release(ids: readonly string[], workerId: string): Promise<number> {
    if (ids.length === 0) return 0;
    const result = await this.ctx.db
      .updateTable("outbox")
      .set((eb) => ({ claimed_by: null, claimed_until: null, attempts: eb("attempts", "-", 1) }))
      .where("id", "in", [...ids])
      .where("claimed_by", "=", workerId)
      .where("delivered_at", "is", null)
      .executeTakeFirst();
    return Number(result.numUpdatedRows);
  }

  /** Releases our claim and schedules another attempt; ignored if another worker holds the row now. */
  async markRetry(id: string, workerId: string, error: string, nextAttemptAt: Date): Promise<boolean> {
    const result = await this.ctx.db
      .updateTable("outbox")
      .set({
        claimed_by: null,
        claimed_until: null,
        last_error: clip(error),
        next_attempt_at: nextAttemptAt.toISOString(),
      })
      .where("id", "=", id)
      .where("claimed_by", "=", workerId)
      .where("delivered_at", "is", null)
      .executeTakeFirst();
    return result.numUpdatedRows > 0n;
  }

  /** Gives up (a permanent error or too many attempts). The row stays, visible, and can be requeued. */
  async markFailed(id: string, workerId: string, error: string, now: Date = this.ctx.now()): Promise<boolean> {
    const result = await this.ctx.db
      .updateTable("outbox")
      .set({ claimed_until: null, failed_at: now.toISOString(), last_error: clip(error) })
      .where("id", "=", id)
      .where("claimed_by", "=", workerId)
      .where("delivered_at", "is", null)
      .executeTakeFirst();
    return result.numUpdatedRows > 0n;
  }

  /** Parks a delivery nobody can receive yet: not retried on a timer, not completed. */
  async markUnreachable(id: string, workerId: string, reason: string, now: Date = this.ctx.now()): Promise<boolean> {
    const result = await this.ctx.db
      .updateTable("outbox")
      .set({ claimed_by: null, claimed_until: null, unreachable_at: now.toISOString(), last_error: clip(reason) })
      .where("id", "=", id)
      .where("claimed_by", "=", workerId)
      .where("delivered_at", "is", null)
      .executeTakeFirst();
    return result.numUpdatedRows > 0n;
  }

  /** Someone at `target` became reachable: its parked deliveries are due now. Returns how many. */
  async wakeUnreachable(target: string, now: Date = this.ctx.now()): Promise<number> {
    const result = await this.ctx.db
      .updateTable("outbox")
      .set({ unreachable_at: null, next_attempt_at: now.toISOString() })
      .where("target", "=", target)
      .where("unreachable_at", "is not", null)
      .where("delivered_at", "is", null)
      .where("failed_at", "is", null)
      .executeTakeFirst();
    return Number(result.numUpdatedRows);
  }

  /** Puts a failed delivery back in the queue (after an operator fixed its cause). */
  async requeue(id: string, now: Date = this.ctx.now()): Promise<boolean> {
    const result = await this.ctx.db
      .updateTable("outbox")
      .set({ failed_at: null, claimed_by: null, claimed_until: null, next_attempt_at: now.toISOString() })
      .where("id", "=", id)
      .where("delivered_at", "is", null)
      .where("failed_at", "is not", null)
      .executeTakeFirst();
    return result.numUpdatedRows > 0n;
  }

  async get(id: string): Promise<OutboxRow | undefined> {
    const row = await this.ctx.db.selectFrom("outbox").selectAll().where("id", "=", id).executeTakeFirst();
    return row ? toOutboxRow(row) : undefined;
  }

  async forRecord(recordType: string, recordId: string): Promise<OutboxRow[]> {
    const rows = await this.ctx.db
      .selectFrom("outbox")
      .selectAll()
      .where("record_type", "=", recordType)
      .where("record_id", "=", recordId)
      .orderBy("seq")
      .execute();
    return rows.map(toOutboxRow);
  }

  async stats(now: Date = this.ctx.now()): Promise<OutboxStats> {
    const at = now.toISOString();
    const result = await sql<{
      pending: number;
      in_flight: number;
      delivered: number;
      failed: number;
      unreachable: number;
    }>`
      SELECT
        count(*) FILTER (WHERE delivered_at IS NULL AND failed_at IS NULL AND unreachable_at IS NULL AND (claimed_until IS NULL OR claimed_until <= ${at}))::int AS pending,
        count(*) FILTER (WHERE delivered_at IS NULL AND failed_at IS NULL AND unreachable_at IS NOT NULL)::int AS unreachable,
        count(*) FILTER (WHERE delivered_at IS NULL AND failed_at IS NULL AND claimed_until > ${at})::int AS in_flight,
        count(*) FILTER (WHERE delivered_at IS NOT NULL)::int AS delivered,
        count(*) FILTER (WHERE failed_at IS NOT NULL AND delivered_at IS NULL)::int AS failed
      FROM outbox`.execute(this.ctx.db);
    const row = result.rows[0]!;
    return {
      pending: row.pending,
      inFlight: row.in_flight,
      delivered: row.delivered,
      failed: row.failed,
      unreachable: row.unreachable,
    };
  }
}
