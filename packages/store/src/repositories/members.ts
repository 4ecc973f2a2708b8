import { randomUUID } from "node:crypto";
import { inTransaction } from "../db/in-transaction.js";
import { StoreError } from "../errors/store-error.js";
import type { WriteMeta } from "../records/common.js";
import { MemberUpsertSchema, memberLabel, type Member, type MemberRole, type MemberUpsert } from "../records/member.js";
import { parseInput } from "../records/parse.js";
import { auditWrite, parseMeta } from "./audit-log.js";
import { nowIso, type RepoContext } from "./context.js";
import type { Selectable } from "kysely";
import type { MembersTable } from "../db/schema.js";

type MemberRow = Selectable<MembersTable>;

function toMember(row: MemberRow): Member {
  return {
    id: row.id,
    teamsUserId: row.teams_user_id,
    aadObjectId: row.aad_object_id,
    tenantId: row.tenant_id,
    displayName: row.display_name,
    role: row.role as MemberRole,
    partyId: row.party_id,
    isCoordinator: row.is_coordinator,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** Members: people of a party, known by their Teams user id (`29:...`). */
export class MembersRepository {
  constructor(private readonly ctx: RepoContext) {}

  /** Keyed by Teams user id: a second upsert updates name, role, party and coordinator flag. */
  async upsert(input: MemberUpsert, meta: WriteMeta): Promise<Member> {
    const m = parseInput(MemberUpsertSchema, input, memberLabel);
    parseMeta(meta);
    const at = nowIso(this.ctx);
    return inTransaction(this.ctx.db, async (trx) => {
      const row = await trx
        .insertInto("members")
        .values({
          id: randomUUID(),
          teams_user_id: m.teamsUserId,
          aad_object_id: m.aadObjectId ?? null,
          tenant_id: m.tenantId,
          display_name: m.displayName,
          role: m.role,
          party_id: m.partyId,
          is_coordinator: m.isCoordinator,
          created_at: at,
          updated_at: at,
        })
        .onConflict((oc) =>
          oc.column("teams_user_id").doUpdateSet((eb) => ({
            aad_object_id: eb.ref("excluded.aad_object_id"),
            tenant_id: eb.ref("excluded.tenant_id"),
            display_name: eb.ref("excluded.display_name"),
            role: eb.ref("excluded.role"),
            party_id: eb.ref("excluded.party_id"),
            is_coordinator: eb.ref("excluded.is_coordinator"),
            updated_at: eb.ref("excluded.updated_at"),
          })),
        )
        .returningAll()
        .executeTakeFirstOrThrow();
      await auditWrite(this.ctx, trx, meta, "member.upsert", "member", row.id);
      return toMember(row);
    });
  }

  async get(id: string): Promise<Member | undefined> {
    const row = await this.ctx.db.selectFrom("members").selectAll().where("id", "=", id).executeTakeFirst();
    return row ? toMember(row) : undefined;
  }

  async require(id: string): Promise<Member> {
    const member = await this.get(id);
    if (!member) throw StoreError.notFound("member", id);
    return member;
  }

  async byTeamsUserId(teamsUserId: string): Promise<Member | undefined> {
    const row = await this.ctx.db
      .selectFrom("members")
      .selectAll()
      .where("teams_user_id", "=", teamsUserId)
      .executeTakeFirst();
    return row ? toMember(row) : undefined;
  }

  async byAadObjectId(tenantId: string, aadObjectId: string): Promise<Member | undefined> {
    const row = await this.ctx.db
      .selectFrom("members")
      .selectAll()
      .where("tenant_id", "=", tenantId)
      .where("aad_object_id", "=", aadObjectId)
      .executeTakeFirst();
    return row ? toMember(row) : undefined;
  }

  async listByParty(partyId: string, filter: { coordinatorsOnly?: boolean } = {}): Promise<Member[]> {
    let query = this.ctx.db.selectFrom("members").selectAll().where("party_id", "=", partyId);
    if (filter.coordinatorsOnly) query = query.where("is_coordinator", "=", true);
    const rows = await query.orderBy("display_name").orderBy("id").execute();
    return rows.map(toMember);
  }
}
