import type { Party } from "@convenantbot/domain";
import { inTransaction } from "../db/in-transaction.js";
import { toJson } from "../db/json.js";
import { StoreError } from "../errors/store-error.js";
import type { WriteMeta } from "../records/common.js";
import { parseInput } from "../records/parse.js";
import { PartyUpsertSchema, partyLabel, type PartyUpsert, type StoredParty } from "../records/party.js";
import { auditWrite, parseMeta } from "./audit-log.js";
import { nowIso, type RepoContext } from "./context.js";
import type { Selectable } from "kysely";
import type { PartiesTable } from "../db/schema.js";

type PartyRow = Selectable<PartiesTable>;

function toParty(row: PartyRow, rulebookIds: string[]): StoredParty {
  return {
    ...(row.details as Omit<Party, "id" | "name" | "role">),
    id: row.id,
    name: row.name,
    role: row.role as Party["role"],
    rulebookIds: [...rulebookIds].sort(),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export class PartiesRepository {
  constructor(private readonly ctx: RepoContext) {}

  /** Inserts or updates a party; rulebook links are added, never removed (a party can sign several). */
  async upsert(input: PartyUpsert, meta: WriteMeta): Promise<StoredParty> {
    const party = parseInput(PartyUpsertSchema, input, partyLabel);
    parseMeta(meta);
    const { id, name, role, rulebookIds, ...details } = party;
    const at = nowIso(this.ctx);
    await inTransaction(this.ctx.db, async (trx) => {
      await trx
        .insertInto("parties")
        .values({ id, name, role, details: toJson(details), created_at: at, updated_at: at })
        .onConflict((oc) =>
          oc.column("id").doUpdateSet((eb) => ({
            name: eb.ref("excluded.name"),
            role: eb.ref("excluded.role"),
            details: eb.ref("excluded.details"),
            updated_at: eb.ref("excluded.updated_at"),
          })),
        )
        .execute();
      if (rulebookIds.length > 0) {
        await trx
          .insertInto("party_rulebooks")
          .values([...new Set(rulebookIds)].map((rulebook_id) => ({ party_id: id, rulebook_id })))
          .onConflict((oc) => oc.doNothing())
          .execute();
      }
      await auditWrite(this.ctx, trx, meta, "party.upsert", "party", id);
    });
    return this.require(id);
  }

  async get(id: string): Promise<StoredParty | undefined> {
    const row = await this.ctx.db.selectFrom("parties").selectAll().where("id", "=", id).executeTakeFirst();
    if (!row) return undefined;
    const links = await this.ctx.db
      .selectFrom("party_rulebooks")
      .select("rulebook_id")
      .where("party_id", "=", id)
      .execute();
    return toParty(
      row,
      links.map((l) => l.rulebook_id),
    );
  }

  async require(id: string): Promise<StoredParty> {
    const party = await this.get(id);
    if (!party) throw StoreError.notFound("party", id);
    return party;
  }

  async list(filter: { rulebookId?: string; role?: Party["role"] } = {}): Promise<StoredParty[]> {
    let query = this.ctx.db.selectFrom("parties").selectAll("parties").orderBy("parties.id");
    if (filter.role) query = query.where("parties.role", "=", filter.role);
    if (filter.rulebookId) {
      const rulebookId = filter.rulebookId;
      query = query.where((eb) =>
        eb.exists(
          eb
            .selectFrom("party_rulebooks")
            .select("party_rulebooks.party_id")
            .whereRef("party_rulebooks.party_id", "=", "parties.id")
            .where("party_rulebooks.rulebook_id", "=", rulebookId),
        ),
      );
    }
    const rows = await query.execute();
    if (rows.length === 0) return [];
    const links = await this.ctx.db
      .selectFrom("party_rulebooks")
      .selectAll()
      .where(
        "party_id",
        "in",
        rows.map((r) => r.id),
      )
      .execute();
    return rows.map((row) =>
      toParty(
        row,
        links.filter((l) => l.party_id === row.id).map((l) => l.rulebook_id),
      ),
    );
  }
}
