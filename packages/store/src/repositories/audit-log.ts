import { parseInput } from "../records/parse.js";
import { AuditEntryInputSchema, auditLabel, type AuditEntry, type AuditEntryInput } from "../records/audit.js";
import { WriteMetaSchema, type WriteMeta } from "../records/common.js";
import type { Db } from "../db/in-transaction.js";
import { nowIso, type RepoContext } from "./context.js";
import type { Selectable } from "kysely";
import type { AuditLogTable } from "../db/schema.js";

type AuditRow = Selectable<AuditLogTable>;

function toEntry(row: AuditRow): AuditEntry {
  return {
    id: row.id,
    at: row.at,
    actor: row.actor,
    action: row.action,
    recordType: row.record_type,
    recordId: row.record_id,
    correlationId: row.correlation_id,
  };
}

/** Appends one audit row inside the caller's transaction, so the write and its audit agree. */
export async function appendAudit(db: Db, at: string, entry: AuditEntryInput): Promise<void> {
  const e = parseInput(AuditEntryInputSchema, entry, auditLabel);
  await db
    .insertInto("audit_log")
    .values({
      at,
      actor: e.actor,
      action: e.action,
      record_type: e.recordType,
      record_id: e.recordId,
      correlation_id: e.correlationId ?? null,
    })
    .execute();
}

/** Appends many audit rows in one statement (a bulk write), inside the caller's transaction. */
export async function appendAuditMany(db: Db, at: string, entries: readonly AuditEntryInput[]): Promise<void> {
  if (entries.length === 0) return;
  const rows = entries.map((entry) => {
    const e = parseInput(AuditEntryInputSchema, entry, auditLabel);
    return {
      at,
      actor: e.actor,
      action: e.action,
      record_type: e.recordType,
      record_id: e.recordId,
      correlation_id: e.correlationId ?? null,
    };
  });
  await db.insertInto("audit_log").values(rows).execute();
}

/** Validates a write's meta (actor, correlation id) before anything is written. */
export function parseMeta(meta: WriteMeta): WriteMeta {
  return parseInput(WriteMetaSchema, meta, { nl: "actor/correlatie-id", en: "actor/correlation id" });
}

export async function auditWrite(
  ctx: RepoContext,
  db: Db,
  meta: WriteMeta,
  action: string,
  recordType: string,
  recordId: string,
): Promise<void> {
  await appendAudit(db, nowIso(ctx), {
    actor: meta.actor,
    action,
    recordType,
    recordId,
    ...(meta.correlationId ? { correlationId: meta.correlationId } : {}),
  });
}

/** The append-only audit log: a trigger refuses UPDATE, DELETE and TRUNCATE. */
export class AuditLogRepository {
  constructor(private readonly ctx: RepoContext) {}

  /** For events that are not a store write, e.g. a refused signal (ids only, no content). */
  async record(entry: AuditEntryInput): Promise<void> {
    await appendAudit(this.ctx.db, nowIso(this.ctx), entry);
  }

  /** Many events at once (a batch's refused rows), in statements of 2,000 rows. */
  async recordMany(entries: readonly AuditEntryInput[]): Promise<void> {
    const at = nowIso(this.ctx);
    for (let start = 0; start < entries.length; start += 2000)
      await appendAuditMany(this.ctx.db, at, entries.slice(start, start + 2000));
  }

  async forRecord(recordType: string, recordId: string): Promise<AuditEntry[]> {
    const rows = await this.ctx.db
      .selectFrom("audit_log")
      .selectAll()
      .where("record_type", "=", recordType)
      .where("record_id", "=", recordId)
      .orderBy("id")
      .execute();
    return rows.map(toEntry);
  }

  async forCorrelation(correlationId: string): Promise<AuditEntry[]> {
    const rows = await this.ctx.db
      .selectFrom("audit_log")
      .selectAll()
      .where("correlation_id", "=", correlationId)
      .orderBy("id")
      .execute();
    return rows.map(toEntry);
  }
}
