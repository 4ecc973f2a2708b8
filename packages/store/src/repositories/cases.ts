import { sql, type Selectable } from "kysely";
import { dutchDateOf, type CaseHistoryEntry } from "@convenantbot/domain";
import { inTransaction } from "../db/in-transaction.js";
import { toJson } from "../db/json.js";
import { StoreError } from "../errors/store-error.js";
import type { AanmeldingCreate } from "../records/aanmelding.js";
import {
  CaseEntryRecordSchema,
  CaseRecipientRecordSchema,
  caseLabel,
  coarseAanmeldingStatus,
  type CaseRecipientRecord,
  type StoredCase,
} from "../records/case.js";
import type { WriteMeta } from "../records/common.js";
import type { DeliveryInput } from "../records/delivery.js";
import { parseInput } from "../records/parse.js";
import { AanmeldingenRepository } from "./aanmeldingen.js";
import { auditWrite, parseMeta } from "./audit-log.js";
import { nowIso, type RepoContext } from "./context.js";
import { nextKenmerk } from "./kenmerken.js";
import { enqueueDeliveries } from "./outbox.js";
import type { CaseHistoryTable } from "../db/schema.js";

type HistoryRow = Omit<Selectable<CaseHistoryTable>, "id" | "aanmelding_id">;

function toEntry(row: HistoryRow): CaseHistoryEntry {
  return CaseEntryRecordSchema.parse({
    seq: row.seq,
    action: row.action,
    at: new Date(row.at).toISOString(),
    actorPartyId: row.actor_party_id,
    actorRole: row.actor_role,
    ...(row.actor_member_id ? { actorMemberId: row.actor_member_id } : {}),
    from: row.from_status,
    to: row.to_status,
    ...(row.action_key ? { actionKey: row.action_key } : {}),
    details: row.details,
  });
}

export interface CaseSubmit {
  aanmelding: AanmeldingCreate & { id: string };
  senderPartyId: string;
  candidate: Record<string, unknown>;
  recipients: readonly CaseRecipientRecord[];
  first: CaseHistoryEntry;
  deliveries: readonly DeliveryInput[];
  /** The rulebook's kenmerk prefix ("LV" -> "LV-2026-0012"), numbered per Dutch year of submit. */
  kenmerkPrefix?: string;
  /** The sending caseworker's own dossier number, if given. */
  ownReference?: string;
}

/**
 * Cases: an aanmelding after submit, with its recipients, its append-only history (the case
 * status is derived from it) and the chat messages that show it. Every write announces
 * itself through the outbox in the same transaction.
 */
export class CasesRepository {
  constructor(private readonly ctx: RepoContext) {}

  /**
   * The aanmelding, its recipients, the first history line and the deliveries in one
   * transaction. Submitting the same aanmelding id again (a second click, a retried invoke)
   * writes nothing and says so.
   */
  async submit(
    input: CaseSubmit,
    meta: WriteMeta,
  ): Promise<{ created: boolean; deliveryIds: string[]; kenmerk: string | null }> {
    parseMeta(meta);
    const recipients = input.recipients.map((r) => parseInput(CaseRecipientRecordSchema, r, caseLabel));
    const first = parseInput(CaseEntryRecordSchema, input.first, caseLabel);
    return inTransaction(this.ctx.db, async (trx) => {
      const existing = await trx
        .selectFrom("aanmeldingen")
        .select(["id", "kenmerk"])
        .where("id", "=", input.aanmelding.id)
        .executeTakeFirst();
      if (existing) return { created: false, deliveryIds: [], kenmerk: existing.kenmerk };
      const at = nowIso(this.ctx);
      // Taken in this transaction: a rolled-back submit gives its number back.
      const kenmerk = input.kenmerkPrefix
        ? await nextKenmerk(trx, input.kenmerkPrefix, Number(dutchDateOf(at).slice(0, 4)))
        : null;
      await new AanmeldingenRepository({ ...this.ctx, db: trx }).create(input.aanmelding, meta);
      await trx
        .updateTable("aanmeldingen")
        .set({
          candidate: toJson(input.candidate),
          sender_party_id: input.senderPartyId,
          kenmerk,
          own_reference: input.ownReference ?? null,
        })
        .where("id", "=", input.aanmelding.id)
        .execute();
      if (recipients.length > 0)
        await trx
          .insertInto("case_recipients")
          .values(
            recipients.map((r) => ({
              aanmelding_id: input.aanmelding.id,
              party_id: r.partyId,
              case_role: r.caseRole,
              stage: r.stage,
              rule_id: r.ruleId,
              article: r.article,
            })),
          )
          .execute();
      await this.insertEntry(trx, input.aanmelding.id, first);
      // The aanmelding's own create is the audit row of the submit (one per click that wrote).
      const deliveryIds = await enqueueDeliveries(trx, at, input.deliveries, {
        type: "aanmelding",
        id: input.aanmelding.id,
      });
      return { created: true, deliveryIds, kenmerk };
    });
  }

  private async insertEntry(trx: RepoContext["db"], aanmeldingId: string, e: CaseHistoryEntry): Promise<void> {
    await trx
      .insertInto("case_history")
      .values({
        aanmelding_id: aanmeldingId,
        seq: e.seq,
        action: e.action,
        from_status: e.from,
        to_status: e.to,
        at: e.at,
        actor_party_id: e.actorPartyId,
        actor_role: e.actorRole,
        actor_member_id: e.actorMemberId ?? null,
        action_key: e.actionKey ?? null,
        details: toJson(e.details),
      })
      .execute();
  }

  /**
   * Appends one step the domain decided on `expectedSeq` lines of history. A step with an
   * action key already stored is not written again (`appended: false`, the stored line
   * returned); another step written meanwhile is a conflict (someone else acted first).
   */
  async append(
    aanmeldingId: string,
    entry: CaseHistoryEntry,
    deliveries: readonly DeliveryInput[],
    meta: WriteMeta,
  ): Promise<{ appended: boolean; entry: CaseHistoryEntry }> {
    parseMeta(meta);
    const e = parseInput(CaseEntryRecordSchema, entry, caseLabel);
    return inTransaction(this.ctx.db, async (trx) => {
      const current = await trx
        .selectFrom("aanmeldingen")
        .select(["id", "closed_at", "pseudonymised_at"])
        .where("id", "=", aanmeldingId)
        .forUpdate()
        .executeTakeFirst();
      if (!current) throw StoreError.notFound("aanmelding", aanmeldingId);
      if (e.actionKey) {
        const seen = await trx
          .selectFrom("case_history")
          .selectAll()
          .where("aanmelding_id", "=", aanmeldingId)
          .where("action_key", "=", e.actionKey)
          .executeTakeFirst();
        if (seen) return { appended: false, entry: toEntry(seen) };
      }
      const { n } = await trx
        .selectFrom("case_history")
        .select(sql<number>`count(*)::int`.as("n"))
        .where("aanmelding_id", "=", aanmeldingId)
        .executeTakeFirstOrThrow();
      if (Number(n) !== e.seq)
        throw new StoreError(
          "conflict",
          `Zaak '${aanmeldingId}' is intussen gewijzigd: iemand anders was je voor. Bekijk de kaart opnieuw.`,
          `Case '${aanmeldingId}' changed meanwhile: someone else acted first. Look at the card again.`,
          { table: "case_history" },
        );
      const at = nowIso(this.ctx);
      await this.insertEntry(trx, aanmeldingId, e);
      const coarse = coarseAanmeldingStatus(e.to);
      const closed = coarse === "afgesloten" || coarse === "ingetrokken";
      await trx
        .updateTable("aanmeldingen")
        .set({ status: coarse, updated_at: at, closed_at: closed ? (current.closed_at ?? at) : null })
        .where("id", "=", aanmeldingId)
        .execute();
      await auditWrite(this.ctx, trx, meta, `case.${e.action}`, "aanmelding", aanmeldingId);
      await enqueueDeliveries(trx, at, deliveries, { type: "aanmelding", id: aanmeldingId });
      return { appended: true, entry: e };
    });
  }

  async get(aanmeldingId: string): Promise<StoredCase | undefined> {
    const aanmelding = await new AanmeldingenRepository(this.ctx).get(aanmeldingId);
    if (!aanmelding) return undefined;
    const extra = await this.ctx.db
      .selectFrom("aanmeldingen")
      .select(["candidate", "sender_party_id"])
      .where("id", "=", aanmeldingId)
      .executeTakeFirstOrThrow();
    const recipients = await this.ctx.db
      .selectFrom("case_recipients")
      .selectAll()
      .where("aanmelding_id", "=", aanmeldingId)
      .orderBy("stage")
      .orderBy("party_id")
      .execute();
    const history = await this.ctx.db
      .selectFrom("case_history")
      .selectAll()
      .where("aanmelding_id", "=", aanmeldingId)
      .orderBy("seq")
      .execute();
    return {
      aanmelding,
      senderPartyId: extra.sender_party_id,
      candidate: (extra.candidate as Record<string, unknown> | null) ?? null,
      recipients: recipients.map((r) => ({
        partyId: r.party_id,
        caseRole: r.case_role as CaseRecipientRecord["caseRole"],
        stage: r.stage,
        ruleId: r.rule_id,
        article: r.article,
      })),
      history: history.map(toEntry),
    };
  }

  /** The id of the case with this kenmerk ("LV-2026-0012", as formatKenmerk writes it). */
  async idByKenmerk(kenmerk: string): Promise<string | undefined> {
    const row = await this.ctx.db
      .selectFrom("aanmeldingen")
      .select("id")
      .where("kenmerk", "=", kenmerk)
      .executeTakeFirst();
    return row?.id;
  }

  /** The newest case this party sent under its own dossier number (case-insensitive); other parties' numbers are never searched. */
  async idByOwnReference(senderPartyId: string, ownReference: string): Promise<string | undefined> {
    const row = await this.ctx.db
      .selectFrom("aanmeldingen")
      .select("id")
      .where("sender_party_id", "=", senderPartyId)
      .where(sql`lower(own_reference)`, "=", ownReference.trim().toLowerCase())
      .orderBy("created_at", "desc")
      .orderBy("id")
      .executeTakeFirst();
    return row?.id;
  }

  /** Ids of the cases a party sent or received, newest first. */
  async idsForParty(partyId: string, limit = 200): Promise<string[]> {
    const rows = await this.ctx.db
      .selectFrom("aanmeldingen")
      .select(["id", "created_at"])
      .where((eb) =>
        eb.or([
          eb("sender_party_id", "=", partyId),
          eb("id", "in", eb.selectFrom("case_recipients").select("aanmelding_id").where("party_id", "=", partyId)),
        ]),
      )
      .where("sender_party_id", "is not", null)
      .orderBy("created_at", "desc")
      .orderBy("id")
      .limit(limit)
      .execute();
    return rows.map((r) => r.id);
  }

  /** Remembers which chat message shows a case, so later steps update it in place. */
  async recordCard(aanmeldingId: string, conversationReferenceId: string, activityId: string): Promise<void> {
    const at = nowIso(this.ctx);
    await this.ctx.db
      .insertInto("case_cards")
      .values({
        aanmelding_id: aanmeldingId,
        conversation_reference_id: conversationReferenceId,
        activity_id: activityId,
        updated_at: at,
      })
      .onConflict((oc) =>
        oc
          .columns(["aanmelding_id", "conversation_reference_id"])
          .doUpdateSet({ activity_id: activityId, updated_at: at }),
      )
      .execute();
  }

  async cards(aanmeldingId: string): Promise<{ conversationReferenceId: string; activityId: string }[]> {
    const rows = await this.ctx.db
      .selectFrom("case_cards")
      .select(["conversation_reference_id", "activity_id"])
      .where("aanmelding_id", "=", aanmeldingId)
      .execute();
    return rows.map((r) => ({ conversationReferenceId: r.conversation_reference_id, activityId: r.activity_id }));
  }
}
