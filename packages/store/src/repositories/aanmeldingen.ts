import { randomUUID } from "node:crypto";
import { sql, type Selectable } from "kysely";
import { inTransaction } from "../db/in-transaction.js";
import { toJson } from "../db/json.js";
import type { AanmeldingenTable } from "../db/schema.js";
import { StoreError } from "../errors/store-error.js";
import {
  AanmeldingCreateSchema,
  AanmeldingUpdateSchema,
  aanmeldingLabel,
  closedAanmeldingStatuses,
  type Aanmelding,
  type AanmeldingCreate,
  type AanmeldingStatus,
  type AanmeldingUpdate,
  type DeadlineRecord,
} from "../records/aanmelding.js";
import type { WriteMeta } from "../records/common.js";
import type { StoredDecision } from "../records/decision.js";
import { parseInput } from "../records/parse.js";
import { auditWrite, parseMeta } from "./audit-log.js";
import { nowIso, type RepoContext } from "./context.js";

type AanmeldingRow = Selectable<AanmeldingenTable>;

function toAanmelding(row: AanmeldingRow): Aanmelding {
  return {
    id: row.id,
    rulebook: row.rulebook,
    rulebookVersion: row.rulebook_version,
    facts: row.facts,
    decision: (row.decision ?? null) as StoredDecision | null,
    outcome: row.outcome,
    supportPartyId: row.support_party_id,
    status: row.status as AanmeldingStatus,
    deadlines: row.deadlines as DeadlineRecord[],
    createdBy: row.created_by,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    closedAt: row.closed_at,
    pseudonymisedAt: row.pseudonymised_at,
    kenmerk: row.kenmerk ?? null,
    ownReference: row.own_reference ?? null,
  };
}

/** One open case as the re-check reads it (the domain's OpenCase). */
export interface OpenCaseRow {
  id: string;
  facts: Record<string, unknown>;
  outcome: "eligible" | "not_eligible" | "needs_info" | "needs_review" | null;
  asOf: string;
}

const isClosed = (status: AanmeldingStatus) => closedAanmeldingStatuses.includes(status);

/** Aanmeldingen (cases): facts, the decision snapshot, the chosen support party and deadlines. */
export class AanmeldingenRepository {
  constructor(private readonly ctx: RepoContext) {}

  async create(input: AanmeldingCreate, meta: WriteMeta): Promise<Aanmelding> {
    const a = parseInput(AanmeldingCreateSchema, input, aanmeldingLabel);
    parseMeta(meta);
    const at = nowIso(this.ctx);
    return inTransaction(this.ctx.db, async (trx) => {
      const row = await trx
        .insertInto("aanmeldingen")
        .values({
          id: a.id ?? randomUUID(),
          rulebook: a.rulebook,
          rulebook_version: a.rulebookVersion,
          facts: toJson(a.facts),
          decision: a.decision ? toJson(a.decision) : null,
          outcome: a.decision?.outcome ?? null,
          support_party_id: a.supportPartyId ?? null,
          status: a.status,
          deadlines: toJson(a.deadlines),
          created_by: a.createdBy ?? null,
          created_at: at,
          updated_at: at,
          closed_at: isClosed(a.status) ? at : null,
        })
        .returningAll()
        .executeTakeFirstOrThrow();
      await auditWrite(this.ctx, trx, meta, "aanmelding.create", "aanmelding", row.id);
      return toAanmelding(row);
    });
  }

  /**
   * The open (not closed, not pseudonymised) aanmeldingen of a rulebook, in batches of `batchSize`
   * by id (keyset paging: no offset scan, no long transaction, works on PGlite and Postgres), as
   * the re-check of a new rulebook version needs them: id, facts, stored outcome and its date.
   */
  async *streamOpenCases(rulebook: string, batchSize = 5000): AsyncGenerator<OpenCaseRow[]> {
    let after: string | undefined;
    for (;;) {
      let query = this.ctx.db
        .selectFrom("aanmeldingen")
        .select(["id", "facts", "outcome", "created_at"])
        .select(sql<string | null>`decision->>'asOf'`.as("as_of"))
        .where("rulebook", "=", rulebook)
        .where("status", "not in", closedAanmeldingStatuses)
        .where("pseudonymised_at", "is", null)
        .orderBy("id")
        .limit(batchSize);
      if (after !== undefined) query = query.where("id", ">", after);
      const rows = await query.execute();
      if (rows.length === 0) return;
      yield rows.map((row) => ({
        id: row.id,
        facts: row.facts as Record<string, unknown>,
        outcome: row.outcome as OpenCaseRow["outcome"],
        // A case stored without a decision is re-checked as of the day it was created.
        asOf: row.as_of ?? String(row.created_at).slice(0, 10),
      }));
      if (rows.length < batchSize) return;
      after = rows.at(-1)!.id;
    }
  }

  /** The support party of each aanmelding (null: none yet); unknown ids are left out. */
  async supportPartiesOf(ids: readonly string[]): Promise<Map<string, string | null>> {
    const unique = [...new Set(ids)];
    const byId = new Map<string, string | null>();
    // Chunks keep one statement below Postgres' 65,535 bind parameters.
    for (let start = 0; start < unique.length; start += 5000) {
      const rows = await this.ctx.db
        .selectFrom("aanmeldingen")
        .select(["id", "support_party_id"])
        .where("id", "in", unique.slice(start, start + 5000))
        .execute();
      for (const row of rows) byId.set(row.id, row.support_party_id);
    }
    return byId;
  }

  async get(id: string): Promise<Aanmelding | undefined> {
    const row = await this.ctx.db.selectFrom("aanmeldingen").selectAll().where("id", "=", id).executeTakeFirst();
    return row ? toAanmelding(row) : undefined;
  }

  async require(id: string): Promise<Aanmelding> {
    const a = await this.get(id);
    if (!a) throw StoreError.notFound("aanmelding", id);
    return a;
  }

  /** Changes status, facts, decision, support party or deadlines; closing sets closed_at. */
  async update(id: string, patch: AanmeldingUpdate, meta: WriteMeta): Promise<Aanmelding> {
    const p = parseInput(AanmeldingUpdateSchema, patch, aanmeldingLabel);
    parseMeta(meta);
    const at = nowIso(this.ctx);
    return inTransaction(this.ctx.db, async (trx) => {
      const current = await trx
        .selectFrom("aanmeldingen")
        .selectAll()
        .where("id", "=", id)
        .forUpdate()
        .executeTakeFirst();
      if (!current) throw StoreError.notFound("aanmelding", id);
      if (current.pseudonymised_at) {
        throw new StoreError(
          "conflict",
          `Aanmelding '${id}' is na de bewaartermijn gepseudonimiseerd en kan niet meer worden gewijzigd.`,
          `Aanmelding '${id}' was pseudonymised after its retention term and can no longer be changed.`,
          { table: "aanmeldingen" },
        );
      }
      if (p.expectedUpdatedAt !== undefined && p.expectedUpdatedAt !== current.updated_at) {
        throw new StoreError(
          "conflict",
          `Aanmelding '${id}' is intussen door iemand anders gewijzigd; laad haar opnieuw.`,
          `Aanmelding '${id}' was changed by someone else in the meantime; reload it.`,
          { table: "aanmeldingen" },
        );
      }
      if (p.decision && p.decision.rulebook !== current.rulebook) {
        throw new StoreError(
          "invalid",
          `Ongeldige aanmelding: de beslissing hoort bij regeling '${p.decision.rulebook}', niet bij '${current.rulebook}' (veld decision.rulebook).`,
          `Invalid aanmelding: the decision is for rulebook '${p.decision.rulebook}', not '${current.rulebook}' (field decision.rulebook).`,
        );
      }
      const changes: Partial<Record<keyof AanmeldingenTable, unknown>> = { updated_at: at };
      if (p.status !== undefined) {
        changes.status = p.status;
        changes.closed_at = isClosed(p.status) ? (current.closed_at ?? at) : null;
      }
      if (p.facts !== undefined) changes.facts = toJson(p.facts);
      if (p.decision !== undefined) {
        changes.decision = toJson(p.decision);
        changes.outcome = p.decision.outcome;
      }
      if (p.supportPartyId !== undefined) changes.support_party_id = p.supportPartyId;
      if (p.deadlines !== undefined) changes.deadlines = toJson(p.deadlines);
      const row = await trx
        .updateTable("aanmeldingen")
        .set(changes as never)
        .where("id", "=", id)
        .returningAll()
        .executeTakeFirstOrThrow();
      await auditWrite(this.ctx, trx, meta, "aanmelding.update", "aanmelding", id);
      return toAanmelding(row);
    });
  }

  async list(
    filter: { createdBy?: string; supportPartyId?: string; statuses?: AanmeldingStatus[]; limit?: number } = {},
  ): Promise<Aanmelding[]> {
    let query = this.ctx.db.selectFrom("aanmeldingen").selectAll();
    if (filter.createdBy) query = query.where("created_by", "=", filter.createdBy);
    if (filter.supportPartyId) query = query.where("support_party_id", "=", filter.supportPartyId);
    if (filter.statuses && filter.statuses.length > 0) query = query.where("status", "in", filter.statuses);
    const rows = await query
      .orderBy("created_at", "desc")
      .orderBy("id")
      .limit(filter.limit ?? 100)
      .execute();
    return rows.map(toAanmelding);
  }

  /** Submitted cases still open (not closed, not pseudonymised), oldest first: the reminder sweep's list. */
  async openCaseIds(limit: number): Promise<string[]> {
    const rows = await this.ctx.db
      .selectFrom("aanmeldingen")
      .select("id")
      .where("sender_party_id", "is not", null)
      .where("closed_at", "is", null)
      .where("pseudonymised_at", "is", null)
      .orderBy("created_at")
      .limit(limit)
      .execute();
    return rows.map((r) => r.id);
  }
}
