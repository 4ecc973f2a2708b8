import { randomUUID } from "node:crypto";
import { inTransaction } from "../db/in-transaction.js";
import { StoreError } from "../errors/store-error.js";
import type { WriteMeta } from "../records/common.js";
import {
  HousingOfferCreateSchema,
  HousingOfferRespondSchema,
  housingOfferLabel,
  type HousingOffer,
  type HousingOfferCreate,
  type HousingOfferRespond,
  type HousingOfferResponse,
} from "../records/housing-offer.js";
import { parseInput } from "../records/parse.js";
import { auditWrite, parseMeta } from "./audit-log.js";
import { nowIso, type RepoContext } from "./context.js";
import type { Selectable } from "kysely";
import type { HousingOffersTable } from "../db/schema.js";

type Row = Selectable<HousingOffersTable>;

function toOffer(row: Row): HousingOffer {
  return {
    id: row.id,
    aanmeldingId: row.aanmelding_id,
    landlordPartyId: row.landlord_party_id,
    offeredOn: row.offered_on,
    response: row.response as HousingOfferResponse | null,
    respondedOn: row.responded_on,
    withinTerm: row.within_term,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** Housing offers (woningaanbod) made on an aanmelding, and the candidate's answer. */
export class HousingOffersRepository {
  constructor(private readonly ctx: RepoContext) {}

  async create(input: HousingOfferCreate, meta: WriteMeta): Promise<HousingOffer> {
    const o = parseInput(HousingOfferCreateSchema, input, housingOfferLabel);
    parseMeta(meta);
    const at = nowIso(this.ctx);
    return inTransaction(this.ctx.db, async (trx) => {
      const row = await trx
        .insertInto("housing_offers")
        .values({
          id: randomUUID(),
          aanmelding_id: o.aanmeldingId,
          landlord_party_id: o.landlordPartyId,
          offered_on: o.offeredOn,
          within_term: o.withinTerm ?? null,
          created_at: at,
          updated_at: at,
        })
        .returningAll()
        .executeTakeFirstOrThrow();
      await auditWrite(this.ctx, trx, meta, "housing_offer.create", "housing_offer", row.id);
      return toOffer(row);
    });
  }

  /** Accepted or refused; a second answer is a conflict (an answer is a fact, not a draft). */
  async respond(id: string, input: HousingOfferRespond, meta: WriteMeta): Promise<HousingOffer> {
    const r = parseInput(HousingOfferRespondSchema, input, housingOfferLabel);
    parseMeta(meta);
    const at = nowIso(this.ctx);
    return inTransaction(this.ctx.db, async (trx) => {
      const row = await trx
        .updateTable("housing_offers")
        .set({
          response: r.response,
          responded_on: r.respondedOn,
          updated_at: at,
          ...(r.withinTerm !== undefined ? { within_term: r.withinTerm } : {}),
        })
        .where("id", "=", id)
        .where("response", "is", null)
        .returningAll()
        .executeTakeFirst();
      if (!row) {
        const exists = await trx.selectFrom("housing_offers").select("id").where("id", "=", id).executeTakeFirst();
        if (!exists) throw StoreError.notFound("housing_offer", id);
        throw new StoreError(
          "conflict",
          `Op woningaanbod '${id}' is al gereageerd.`,
          `Housing offer '${id}' already has a response.`,
          { table: "housing_offers" },
        );
      }
      await auditWrite(this.ctx, trx, meta, "housing_offer.respond", "housing_offer", id);
      return toOffer(row);
    });
  }

  async get(id: string): Promise<HousingOffer | undefined> {
    const row = await this.ctx.db.selectFrom("housing_offers").selectAll().where("id", "=", id).executeTakeFirst();
    return row ? toOffer(row) : undefined;
  }

  async listForAanmelding(aanmeldingId: string): Promise<HousingOffer[]> {
    const rows = await this.ctx.db
      .selectFrom("housing_offers")
      .selectAll()
      .where("aanmelding_id", "=", aanmeldingId)
      .orderBy("offered_on")
      .orderBy("created_at")
      .execute();
    return rows.map(toOffer);
  }

  /** The aanmeldingen a landlord made an offer on: they stay in its work queue. */
  async aanmeldingIdsOfLandlord(partyId: string, limit: number): Promise<string[]> {
    const rows = await this.ctx.db
      .selectFrom("housing_offers")
      .select("aanmelding_id")
      .where("landlord_party_id", "=", partyId)
      .distinct()
      .limit(limit)
      .execute();
    return rows.map((r) => r.aanmelding_id);
  }
}
