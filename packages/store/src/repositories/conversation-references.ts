import { randomUUID } from "node:crypto";
import type { ConversationReference } from "botbuilder-core";
import { sql } from "kysely";
import { toJson } from "../db/json.js";
import { StoreError } from "../errors/store-error.js";
import {
  ConversationReferenceUpsertSchema,
  conversationReferenceLabel,
  type ConversationReferenceUpsert,
  type StoredConversationReference,
} from "../records/conversation-reference.js";
import { parseInput } from "../records/parse.js";
import { nowIso, type RepoContext } from "./context.js";

type Row = {
  id: string;
  conversation_id: string;
  member_id: string | null;
  teams_channel_id: string | null;
  party_id: string | null;
  tenant_id: string | null;
  reference: Record<string, unknown>;
  last_error: string | null;
  last_error_at: string | null;
  last_success_at: string | null;
  created_at: string;
  updated_at: string;
};

function toReference(row: Row): StoredConversationReference {
  return {
    id: row.id,
    conversationId: row.conversation_id,
    memberId: row.member_id,
    teamsChannelId: row.teams_channel_id,
    partyId: row.party_id,
    tenantId: row.tenant_id,
    reference: row.reference as Partial<ConversationReference>,
    lastError: row.last_error,
    lastErrorAt: row.last_error_at,
    lastSuccessAt: row.last_success_at,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/**
 * Conversation references for proactive messages, persisted because a bot restart must not
 * lose who can be reached. Not audited: they change on every conversationUpdate and hold no
 * decision.
 */
export class ConversationReferencesRepository {
  constructor(private readonly ctx: RepoContext) {}

  /** Keyed by conversation id; a newer reference replaces the old (serviceUrl can move). */
  async upsert(input: ConversationReferenceUpsert): Promise<StoredConversationReference> {
    const r = parseInput(ConversationReferenceUpsertSchema, input, conversationReferenceLabel);
    const at = nowIso(this.ctx);
    const row = await this.ctx.db
      .insertInto("conversation_references")
      .values({
        id: randomUUID(),
        conversation_id: r.reference.conversation.id,
        member_id: r.memberId ?? null,
        teams_channel_id: r.teamsChannelId ?? null,
        party_id: r.partyId ?? null,
        tenant_id: r.tenantId ?? null,
        reference: toJson(r.reference),
        created_at: at,
        updated_at: at,
      })
      .onConflict((oc) =>
        oc.column("conversation_id").doUpdateSet((eb) => ({
          member_id: eb.fn.coalesce("excluded.member_id", "conversation_references.member_id"),
          teams_channel_id: eb.fn.coalesce("excluded.teams_channel_id", "conversation_references.teams_channel_id"),
          party_id: eb.fn.coalesce("excluded.party_id", "conversation_references.party_id"),
          tenant_id: eb.fn.coalesce("excluded.tenant_id", "conversation_references.tenant_id"),
          reference: eb.ref("excluded.reference"),
          // The app is evidently installed again: an old 403 no longer applies.
          last_error: null,
          last_error_at: null,
          updated_at: eb.ref("excluded.updated_at"),
        })),
      )
      .returningAll()
      .executeTakeFirstOrThrow();
    return toReference(row);
  }

  async get(id: string): Promise<StoredConversationReference | undefined> {
    const row = await this.ctx.db
      .selectFrom("conversation_references")
      .selectAll()
      .where("id", "=", id)
      .executeTakeFirst();
    return row ? toReference(row) : undefined;
  }

  async require(id: string): Promise<StoredConversationReference> {
    const ref = await this.get(id);
    if (!ref) throw StoreError.notFound("conversation_reference", id);
    return ref;
  }

  /** A member's personal conversations with the bot (not channels). */
  async forMember(memberId: string): Promise<StoredConversationReference[]> {
    const rows = await this.ctx.db
      .selectFrom("conversation_references")
      .selectAll()
      .where("member_id", "=", memberId)
      .where("teams_channel_id", "is", null)
      .orderBy("updated_at", "desc")
      .execute();
    return rows.map(toReference);
  }

  async forChannel(teamsChannelId: string): Promise<StoredConversationReference[]> {
    const rows = await this.ctx.db
      .selectFrom("conversation_references")
      .selectAll()
      .where("teams_channel_id", "=", teamsChannelId)
      .orderBy("updated_at", "desc")
      .execute();
    return rows.map(toReference);
  }

  /**
   * THE selection for anything carrying personal data (signal cards, case cards, their
   * updates and escalations): only 1:1 chats (conversationType "personal") of people who are
   * members of the party now. Never a group chat or a channel, whatever is stored: a card
   * there is read by people of other organisations. `memberIds` narrows it further (the
   * coordinators, or the colleague who took the case up).
   */
  async personalForParty(
    partyId: string,
    filter: { coordinatorsOnly?: boolean; memberIds?: readonly string[] } = {},
  ): Promise<StoredConversationReference[]> {
    if (filter.memberIds && filter.memberIds.length === 0) return [];
    let query = this.ctx.db
      .selectFrom("conversation_references as r")
      .innerJoin("members as m", "m.id", "r.member_id")
      .selectAll("r")
      .where("m.party_id", "=", partyId)
      .where("r.teams_channel_id", "is", null)
      .where(sql<string>`r.reference->'conversation'->>'conversationType'`, "=", "personal");
    if (filter.coordinatorsOnly) query = query.where("m.is_coordinator", "=", true);
    if (filter.memberIds) query = query.where("m.id", "in", [...filter.memberIds]);
    const rows = await query.orderBy("r.updated_at", "desc").orderBy("r.id").execute();
    return rows.map(toReference);
  }

  /**
   * Team channels a party configured for signal notices ("kanaal signalen" by a coordinator).
   * Only a redacted notice goes there (type, kenmerk, recipient), never a tenant's data.
   */
  async channelsForParty(partyId: string): Promise<StoredConversationReference[]> {
    const rows = await this.ctx.db
      .selectFrom("conversation_references")
      .selectAll()
      .where("party_id", "=", partyId)
      .where("teams_channel_id", "is not", null)
      .where("member_id", "is", null)
      .orderBy("updated_at", "desc")
      .execute();
    return rows.map(toReference);
  }

  /** Every reference tied to a party, whatever the chat: for overviews, never for delivering personal data. */
  async forParty(partyId: string): Promise<StoredConversationReference[]> {
    const rows = await this.ctx.db
      .selectFrom("conversation_references")
      .selectAll()
      .where("party_id", "=", partyId)
      .orderBy("updated_at", "desc")
      .execute();
    return rows.map(toReference);
  }

  /**
   * The Bot Connector address Teams last gave for a tenant (the newest reference of its, any
   * chat): a chat recovered through Graph comes with no serviceUrl of its own, and Microsoft
   * asks bots to reuse one from a real turn before any well-known default.
   */
  async serviceUrlForTenant(tenantId: string): Promise<string | undefined> {
    const row = await this.ctx.db
      .selectFrom("conversation_references")
      .select(sql<string | null>`reference->>'serviceUrl'`.as("service_url"))
      .where("tenant_id", "=", tenantId)
      .where(sql<string>`reference->>'serviceUrl'`, "is not", null)
      .orderBy("updated_at", "desc")
      .limit(1)
      .executeTakeFirst();
    return row?.service_url ?? undefined;
  }

  /** E.g. "403 app removed": kept so the product can show who no longer receives messages. */
  async recordError(id: string, error: string): Promise<void> {
    const at = nowIso(this.ctx);
    const result = await this.ctx.db
      .updateTable("conversation_references")
      .set({ last_error: error.slice(0, 2000), last_error_at: at, updated_at: at })
      .where("id", "=", id)
      .executeTakeFirst();
    if (result.numUpdatedRows === 0n) throw StoreError.notFound("conversation_reference", id);
  }

  async recordSuccess(id: string): Promise<void> {
    const at = nowIso(this.ctx);
    const result = await this.ctx.db
      .updateTable("conversation_references")
      .set({ last_error: null, last_error_at: null, last_success_at: at, updated_at: at })
      .where("id", "=", id)
      .executeTakeFirst();
    if (result.numUpdatedRows === 0n) throw StoreError.notFound("conversation_reference", id);
  }

  /** The bulk form of recordSuccess, for the chats a batch of deliveries reached; unknown ids are skipped. */
  async recordSuccessMany(ids: readonly string[]): Promise<void> {
    const unique = [...new Set(ids)];
    if (unique.length === 0) return;
    const at = nowIso(this.ctx);
    await this.ctx.db
      .updateTable("conversation_references")
      .set({ last_error: null, last_error_at: null, last_success_at: at, updated_at: at })
      .where("id", "in", unique)
      .execute();
  }

  /** The app was uninstalled from that chat (installationUpdate remove): forget it. */
  async removeConversation(conversationId: string): Promise<boolean> {
    const result = await this.ctx.db
      .deleteFrom("conversation_references")
      .where("conversation_id", "=", conversationId)
      .executeTakeFirst();
    return result.numDeletedRows > 0n;
  }

  async delete(id: string): Promise<boolean> {
    const result = await this.ctx.db.deleteFrom("conversation_references").where("id", "=", id).executeTakeFirst();
    return result.numDeletedRows > 0n;
  }
}
