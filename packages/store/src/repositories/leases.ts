import { randomUUID } from "node:crypto";
import { inTransaction } from "../db/in-transaction.js";
import { StoreError } from "../errors/store-error.js";
import type { WriteMeta } from "../records/common.js";
import { LeaseCreateSchema, LeaseOutcomeSchema, leaseLabel, type Lease, type LeaseCreate } from "../records/lease.js";
import { parseInput } from "../records/parse.js";
import { auditWrite, parseMeta } from "./audit-log.js";
import { nowIso, type RepoContext } from "./context.js";
import type { Selectable } from "kysely";
import type { LeasesTable } from "../db/schema.js";

type Row = Selectable<LeasesTable>;

function toLease(row: Row): Lease {
  return {
    id: row.id,
    aanmeldingId: row.aanmelding_id,
    landlordPartyId: row.landlord_party_id,
    housingOfferId: row.housing_offer_id,
    temporaryStart: row.temporary_start,
    evaluationDue: row.evaluation_due,
    madePermanentOn: row.made_permanent_on,
    endedOn: row.ended_on,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** Leases after placement: a temporary start, an evaluation, then permanent or ended. */
export class LeasesRepository {
  constructor(private readonly ctx: RepoContext) {}

  async create(input: LeaseCreate, meta: WriteMeta): Promise<Lease> {
    const l = parseInput(LeaseCreateSchema, input, leaseLabel);
    parseMeta(meta);
    const at = nowIso(this.ctx);
    return inTransaction(this.ctx.db, async (trx) => {
      const row = await trx
        .insertInto("leases")
        .values({
          id: randomUUID(),
          aanmelding_id: l.aanmeldingId,
          landlord_party_id: l.landlordPartyId ?? null,
          housing_offer_id: l.housingOfferId ?? null,
          temporary_start: l.temporaryStart,
          evaluation_due: l.evaluationDue,
          created_at: at,
          updated_at: at,
        })
        .returningAll()
        .executeTakeFirstOrThrow();
      await auditWrite(this.ctx, trx, meta, "lease.create", "lease", row.id);
      return toLease(row);
    });
  }

  async makePermanent(id: string, input: { on: string }, meta: WriteMeta): Promise<Lease> {
    return this.conclude(id, "made_permanent_on", input, meta);
  }

  async end(id: string, input: { on: string }, meta: WriteMeta): Promise<Lease> {
    return this.conclude(id, "ended_on", input, meta);
  }

  private async conclude(
    id: string,
    column: "made_permanent_on" | "ended_on",
    input: { on: string },
    meta: WriteMeta,
  ): Promise<Lease> {
    const { on } = parseInput(LeaseOutcomeSchema, input, leaseLabel);
    parseMeta(meta);
    const at = nowIso(this.ctx);
    return inTransaction(this.ctx.db, async (trx) => {
      // The check constraints refuse both outcomes at once and an outcome before the start.
      const row = await trx
        .updateTable("leases")
        .set({ [column]: on, updated_at: at })
        .where("id", "=", id)
        .returningAll()
        .executeTakeFirst();
      if (!row) throw StoreError.notFound("lease", id);
      await auditWrite(this.ctx, trx, meta, column === "ended_on" ? "lease.end" : "lease.make_permanent", "lease", id);
      return toLease(row);
    });
  }

  async get(id: string): Promise<Lease | undefined> {
    const row = await this.ctx.db.selectFrom("leases").selectAll().where("id", "=", id).executeTakeFirst();
    return row ? toLease(row) : undefined;
  }

  async listForAanmelding(aanmeldingId: string): Promise<Lease[]> {
    const rows = await this.ctx.db
      .selectFrom("leases")
      .selectAll()
      .where("aanmelding_id", "=", aanmeldingId)
      .orderBy("temporary_start")
      .execute();
    return rows.map(toLease);
  }

  /** Open leases whose evaluation is due on or before a date: the evaluation reminder list. */
  async evaluationsDue(onOrBefore: string): Promise<Lease[]> {
    const rows = await this.ctx.db
      .selectFrom("leases")
      .selectAll()
      .where("evaluation_due", "<=", onOrBefore)
      .where("made_permanent_on", "is", null)
      .where("ended_on", "is", null)
      .orderBy("evaluation_due")
      .orderBy("id")
      .execute();
    return rows.map(toLease);
  }

  /** The aanmeldingen a landlord made a lease for: they stay in its work queue. */
  async aanmeldingIdsOfLandlord(partyId: string, limit: number): Promise<string[]> {
    const rows = await this.ctx.db
      .selectFrom("leases")
      .select("aanmelding_id")
      .where("landlord_party_id", "=", partyId)
      .distinct()
      .limit(limit)
      .execute();
    return rows.map((r) => r.aanmelding_id);
  }
}
