import { randomUUID } from "node:crypto";
import { canonicalJson, dutchDateOf, signalStatusOf, type SignalHistoryLine } from "@convenantbot/domain";
import { sql, type Insertable, type Selectable, type SelectQueryBuilder, type Transaction } from "kysely";
import type { z } from "zod";
import { inTransaction } from "../db/in-transaction.js";
import { toJson } from "../db/json.js";
import type { Database, OutboxTable, SignalHistoryTable, SignalRecipientsTable, SignalsTable } from "../db/schema.js";
import { StoreError } from "../errors/store-error.js";
import { constraintMessage } from "../errors/constraint-messages.js";
import type { WriteMeta } from "../records/common.js";
import type { DeliveryInput } from "../records/delivery.js";
import { parseInput } from "../records/parse.js";
import {
  SignalCreateSchema,
  SignalTransitionSchema,
  closedSignalStatuses,
  signalLabel,
  type StoredSignal,
  type SignalCreate,
  type StoredSignalHistoryEntry,
  type SignalTransition,
} from "../records/signal.js";
import type { SignalChannel, SignalOutcome, SignalStatus, SignalType } from "@convenantbot/domain";
import { appendAuditMany, auditWrite, parseMeta } from "./audit-log.js";
import { nowIso, type RepoContext } from "./context.js";
import { deliveryRows, enqueueDeliveries } from "./outbox.js";
import { nextKenmerk, nextKenmerken } from "./kenmerken.js";
import { defaultOpening, lineRow, linesOf, normalised } from "./signal-lines.js";

type SignalRow = Selectable<SignalsTable>;

function toSignal(row: SignalRow, recipientPartyIds: string[], history: SignalHistoryLine[]): StoredSignal {
  return {
    id: row.id,
    type: row.type as SignalType,
    channel: row.channel as SignalChannel,
    rulebook: row.rulebook,
    senderPartyId: row.sender_party_id,
    recipientPartyIds: [...recipientPartyIds].sort(),
    payload: row.payload,
    status: row.status as SignalStatus,
    outcome: row.outcome as SignalOutcome | null,
    ownerPartyId: row.owner_party_id,
    ownerMemberId: row.owner_member_id,
    dueDate: row.due_date,
    idempotencyKey: row.idempotency_key,
    aanmeldingId: row.aanmelding_id,
    kenmerk: row.kenmerk,
    ownReference: row.own_reference ?? null,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    closedAt: row.closed_at,
    history,
  };
}

const isClosed = (status: SignalStatus) => closedSignalStatuses.includes(status);

/** What makes two requests "the same signal" for idempotency: content, not ids or timestamps. */
function sameRequest(
  existing: StoredSignal,
  input: { type: string; channel: string; rulebook: string; payload: unknown; recipientPartyIds: string[] },
) {
  return (
    canonicalJson([
      existing.type,
      existing.channel,
      existing.rulebook,
      existing.payload,
      existing.recipientPartyIds,
    ]) ===
    canonicalJson([
      input.type,
      input.channel,
      input.rulebook,
      input.payload,
      [...new Set(input.recipientPartyIds)].sort(),
    ])
  );
}

export interface CreatedSignal {
  signal: StoredSignal;
  /** false: the sender's idempotency key was seen before; nothing new was written. */
  created: boolean;
  /** OutboxDelivery ids written with the signal (empty on a repeat). */
  deliveryIds: string[];
}

/** Signals per createMany call: 18 columns each stays below Postgres' 65,535 bind parameters. */
export const BULK_SIGNALS_PER_CALL = 1000;

/** One row of a bulk write: stored (or the earlier signal of its key), or why not. */
export type BulkCreateResult = ({ ok: true } & CreatedSignal) | { ok: false; error: StoreError };

/** Signals between parties, with recipients, an append-only history and outbox deliveries. */
/** Where a page of signals ends: the last one's creation time and id. */
export interface SignalCursor {
  createdAt: string;
  id: string;
}

/** The opening lines of a parsed create input: the domain's, or the store's one lifecycle. */
function openingOf(
  s: z.infer<typeof SignalCreateSchema>,
  at: string,
  roleOf: (partyId: string) => string | undefined,
): SignalHistoryLine[] {
  return s.history
    ? s.history.map(normalised)
    : defaultOpening({ ...s, recipientPartyIds: [...new Set(s.recipientPartyIds)] }, at, roleOf);
}

async function partyRoles(
  db: RepoContext["db"],
  partyIds: readonly string[],
): Promise<(partyId: string) => string | undefined> {
  const ids = [...new Set(partyIds)];
  const rows = ids.length ? await db.selectFrom("parties").select(["id", "role"]).where("id", "in", ids).execute() : [];
  const roles = new Map(rows.map((r) => [r.id, r.role]));
  return (partyId) => roles.get(partyId);
}

/** The signals row of a parsed create input: one shape for the single and the bulk insert; status, owner and outcome derived from its lines. */
function signalRow(
  s: z.infer<typeof SignalCreateSchema>,
  id: string,
  at: string,
  kenmerk: string | null,
  lines: readonly SignalHistoryLine[],
): Insertable<SignalsTable> {
  const derived = signalStatusOf(lines);
  return {
    id,
    type: s.type,
    channel: s.channel,
    rulebook: s.rulebook,
    sender_party_id: s.senderPartyId,
    payload: toJson(s.payload),
    status: derived.status,
    outcome: derived.outcome,
    owner_party_id: derived.ownerPartyId,
    owner_member_id: s.ownerMemberId ?? null,
    due_date: s.dueDate ?? null,
    idempotency_key: s.idempotencyKey,
    aanmelding_id: s.aanmeldingId ?? null,
    created_at: at,
    updated_at: at,
    closed_at: isClosed(derived.status) ? at : null,
    kenmerk,
    own_reference: s.ownReference ?? null,
  };
}

export class SignalsRepository {
  constructor(private readonly ctx: RepoContext) {}

  /**
   * Stores a signal, its first history entry, its audit row and its deliveries in one
   * transaction: either all exist or none. A repeat of the same request (same sender and
   * idempotency key, same content) returns the first signal; the same key with other content
   * is a conflict.
   */
  async create(input: SignalCreate, deliveries: readonly DeliveryInput[], meta: WriteMeta): Promise<CreatedSignal> {
    const s = parseInput(SignalCreateSchema, input, signalLabel);
    parseMeta(meta);
    const at = nowIso(this.ctx);
    const recipients = [...new Set(s.recipientPartyIds)];
    return inTransaction(this.ctx.db, async (trx) => {
      const lines = openingOf(
        s,
        at,
        s.history ? () => undefined : await partyRoles(trx, s.ownerPartyId ? [s.ownerPartyId] : []),
      );
      // The kenmerk is allocated last (below): its counter row is locked until COMMIT, and every
      // concurrent POST waits for that lock, so it is held for two statements, not the whole
      // transaction. A repeat (same idempotency key) never gets that far: it uses up no number.
      const inserted = await trx
        .insertInto("signals")
        .values(signalRow(s, s.id ?? randomUUID(), at, null, lines))
        .onConflict((oc) => oc.columns(["sender_party_id", "idempotency_key"]).doNothing())
        .returningAll()
        .executeTakeFirst();

      if (!inserted) {
        const existing = await this.findByIdempotencyKey(trx, s.senderPartyId, s.idempotencyKey);
        if (existing && sameRequest(existing, s)) return { signal: existing, created: false, deliveryIds: [] };
        const message = constraintMessage("signals_sender_idempotency_key")!;
        throw new StoreError("conflict", message.nl, message.en, {
          constraint: "signals_sender_idempotency_key",
          table: "signals",
        });
      }

      await trx
        .insertInto("signal_recipients")
        .values(recipients.map((party_id) => ({ signal_id: inserted.id, party_id })))
        .execute();
      await trx
        .insertInto("signal_history")
        .values(lines.map((line) => lineRow(inserted.id, line, meta.actor)))
        .execute();
      await auditWrite(this.ctx, trx, meta, "signal.create", "signal", inserted.id);
      const deliveryIds = await enqueueDeliveries(trx, at, deliveries, { type: "signal", id: inserted.id });
      if (s.kenmerkPrefix) {
        inserted.kenmerk = await nextKenmerk(trx, s.kenmerkPrefix, Number(dutchDateOf(at).slice(0, 4)));
        await trx.updateTable("signals").set({ kenmerk: inserted.kenmerk }).where("id", "=", inserted.id).execute();
      }
      return { signal: toSignal(inserted, recipients, lines), created: true, deliveryIds };
    });
  }

  /**
   * Short kenmerken for a batch, as `create` gives one signal: only rows that will be new get
   * a number (a repeated key, earlier or earlier in this batch, uses none), one counter move
   * per prefix. A row lost to a concurrent insert of the same key leaves a gap, never a duplicate.
   */
  private async batchKenmerken(
    trx: Transaction<Database>,
    rows: readonly z.infer<typeof SignalCreateSchema>[],
    senderPartyId: string,
    at: string,
  ): Promise<(string | null)[]> {
    const withPrefix = rows.filter((s) => s.kenmerkPrefix);
    if (withPrefix.length === 0) return rows.map(() => null);
    const known = await trx
      .selectFrom("signals")
      .select("idempotency_key")
      .where("sender_party_id", "=", senderPartyId)
      .where("idempotency_key", "in", [...new Set(withPrefix.map((s) => s.idempotencyKey))])
      .execute();
    const seen = new Set(known.map((r) => r.idempotency_key));
    const wanted = rows.map((s) => {
      if (!s.kenmerkPrefix || seen.has(s.idempotencyKey)) return undefined;
      seen.add(s.idempotencyKey);
      return s.kenmerkPrefix;
    });
    const year = Number(dutchDateOf(at).slice(0, 4));
    const pools = new Map<string, string[]>();
    for (const prefix of new Set(wanted.filter((p): p is string => p !== undefined))) {
      pools.set(prefix, await nextKenmerken(trx, prefix, year, wanted.filter((p) => p === prefix).length));
    }
    return wanted.map((prefix) => (prefix ? (pools.get(prefix)!.shift() ?? null) : null));
  }

  /**
   * Stores many signals (a batch from one sender) as `create` does one: each with its
   * recipients, first history entry, audit row and deliveries, all in ONE transaction with
   * multi-row statements. A repeated idempotency key with the same content answers the first
   * signal (created: false); with other content that row is a conflict; the other rows are
   * stored either way. Call it with at most BULK_SIGNALS_PER_CALL items (bind-parameter limit).
   */
  async createMany(
    items: readonly { input: SignalCreate; deliveries: readonly DeliveryInput[]; meta?: WriteMeta }[],
    meta: WriteMeta,
  ): Promise<BulkCreateResult[]> {
    if (items.length > BULK_SIGNALS_PER_CALL)
      throw new RangeError(`createMany takes at most ${BULK_SIGNALS_PER_CALL} signals`);
    // An item's own meta (a request's actor and correlation id, when single POSTs are committed
    // together) goes into its audit row and history lines; otherwise the call's.
    const parsed = items.map((item) => ({
      s: parseInput(SignalCreateSchema, item.input, signalLabel),
      deliveries: item.deliveries,
      meta: item.meta ? (parseMeta(item.meta), item.meta) : meta,
    }));
    parseMeta(meta);
    if (parsed.length === 0) return [];
    const senders = new Set(parsed.map((p) => p.s.senderPartyId));
    if (senders.size > 1) throw new RangeError("createMany stores the signals of one sender");
    const senderPartyId = parsed[0]!.s.senderPartyId;
    const at = nowIso(this.ctx);
    return inTransaction(this.ctx.db, async (trx) => {
      const ids = parsed.map((p) => p.s.id ?? randomUUID());
      const kenmerken = await this.batchKenmerken(
        trx,
        parsed.map((p) => p.s),
        senderPartyId,
        at,
      );
      const roleOf = await partyRoles(
        trx,
        parsed.flatMap((p) => (!p.s.history && p.s.ownerPartyId ? [p.s.ownerPartyId] : [])),
      );
      const opening = parsed.map(({ s }) => openingOf(s, at, roleOf));
      const inserted = await trx
        .insertInto("signals")
        .values(parsed.map(({ s }, i) => signalRow(s, ids[i]!, at, kenmerken[i] ?? null, opening[i]!)))
        .onConflict((oc) => oc.columns(["sender_party_id", "idempotency_key"]).doNothing())
        .returningAll()
        .execute();
      const insertedById = new Map(inserted.map((row) => [row.id, row]));

      // Rows not inserted: their key was used before (earlier, or earlier in this batch).
      const repeatedKeys = parsed.filter((_p, i) => !insertedById.has(ids[i]!)).map((p) => p.s.idempotencyKey);
      const existing = new Map<string, StoredSignal>();
      if (repeatedKeys.length > 0) {
        const rows = await trx
          .selectFrom("signals")
          .selectAll()
          .where("sender_party_id", "=", senderPartyId)
          .where("idempotency_key", "in", [...new Set(repeatedKeys)])
          .execute();
        const recipients = await trx
          .selectFrom("signal_recipients")
          .select(["signal_id", "party_id"])
          .where(
            "signal_id",
            "in",
            rows.map((r) => r.id),
          )
          .execute();
        const earlierLines = await linesOf(
          trx,
          rows.filter((r) => !insertedById.has(r.id)).map((r) => r.id),
        );
        for (const row of rows) {
          const parties = recipients.filter((r) => r.signal_id === row.id).map((r) => r.party_id);
          // A row inserted in this very statement is answered from `inserted`, with its own recipients and lines.
          const index = ids.indexOf(row.id);
          const fresh = insertedById.has(row.id) ? parsed[index]!.s.recipientPartyIds : parties;
          existing.set(
            row.idempotency_key,
            toSignal(
              row,
              [...new Set(fresh)],
              insertedById.has(row.id) ? opening[index]! : (earlierLines.get(row.id) ?? []),
            ),
          );
        }
      }

      const results: BulkCreateResult[] = [];
      const recipientRows: Insertable<SignalRecipientsTable>[] = [];
      const historyRows: Insertable<SignalHistoryTable>[] = [];
      const audits: { actor: string; action: string; recordType: string; recordId: string; correlationId?: string }[] =
        [];
      const outboxRows: Insertable<OutboxTable>[] = [];
      parsed.forEach(({ s, deliveries, meta }, i) => {
        const row = insertedById.get(ids[i]!);
        if (!row) {
          const first = existing.get(s.idempotencyKey);
          if (first && sameRequest(first, s))
            results.push({ ok: true, signal: first, created: false, deliveryIds: [] });
          else {
            const message = constraintMessage("signals_sender_idempotency_key")!;
            results.push({
              ok: false,
              error: new StoreError("conflict", message.nl, message.en, {
                constraint: "signals_sender_idempotency_key",
                table: "signals",
              }),
            });
          }
          return;
        }
        const recipients = [...new Set(s.recipientPartyIds)];
        for (const party_id of recipients) recipientRows.push({ signal_id: row.id, party_id });
        for (const line of opening[i]!) historyRows.push(lineRow(row.id, line, meta.actor));
        audits.push({
          actor: meta.actor,
          action: "signal.create",
          recordType: "signal",
          recordId: row.id,
          ...(meta.correlationId ? { correlationId: meta.correlationId } : {}),
        });
        const outbox = deliveryRows(at, deliveries, { type: "signal", id: row.id });
        outboxRows.push(...outbox);
        results.push({
          ok: true,
          signal: toSignal(row, recipients, opening[i]!),
          created: true,
          deliveryIds: outbox.map((o) => o.id),
        });
      });
      if (recipientRows.length > 0) await trx.insertInto("signal_recipients").values(recipientRows).execute();
      for (let start = 0; start < historyRows.length; start += 2000)
        await trx
          .insertInto("signal_history")
          .values(historyRows.slice(start, start + 2000))
          .execute();
      await appendAuditMany(trx, at, audits);
      // The outbox has 8 columns: chunk to stay far below Postgres' 65,535 bind parameters.
      for (let start = 0; start < outboxRows.length; start += 2000) {
        await trx
          .insertInto("outbox")
          .values(outboxRows.slice(start, start + 2000))
          .execute();
      }
      return results;
    });
  }

  private async findByIdempotencyKey(
    db: Transaction<Database>,
    senderPartyId: string,
    key: string,
  ): Promise<StoredSignal | undefined> {
    const row = await db
      .selectFrom("signals")
      .selectAll()
      .where("sender_party_id", "=", senderPartyId)
      .where("idempotency_key", "=", key)
      .executeTakeFirst();
    return row ? (await this.hydrate(db, [row]))[0] : undefined;
  }

  private async recipientsOf(db: RepoContext["db"], signalId: string): Promise<string[]> {
    const rows = await db
      .selectFrom("signal_recipients")
      .select("party_id")
      .where("signal_id", "=", signalId)
      .execute();
    return rows.map((r) => r.party_id);
  }

  /** Rows with their recipients and their history: two statements for any number of rows. */
  private async hydrate(db: RepoContext["db"], rows: readonly SignalRow[]): Promise<StoredSignal[]> {
    if (rows.length === 0) return [];
    const ids = rows.map((r) => r.id);
    const links = await db
      .selectFrom("signal_recipients")
      .select(["signal_id", "party_id"])
      .where("signal_id", "in", ids)
      .execute();
    const recipients = new Map<string, string[]>();
    for (const l of links) recipients.set(l.signal_id, [...(recipients.get(l.signal_id) ?? []), l.party_id]);
    const lines = await linesOf(db, ids);
    return rows.map((row) => toSignal(row, recipients.get(row.id) ?? [], lines.get(row.id) ?? []));
  }

  async get(id: string): Promise<StoredSignal | undefined> {
    const row = await this.ctx.db.selectFrom("signals").selectAll().where("id", "=", id).executeTakeFirst();
    return row ? (await this.hydrate(this.ctx.db, [row]))[0] : undefined;
  }

  /** Several signals in three statements (rows, recipients, history), for a batch of deliveries; absent ids are left out. */
  async getMany(ids: readonly string[]): Promise<Map<string, StoredSignal>> {
    const unique = [...new Set(ids)];
    if (unique.length === 0) return new Map();
    const rows = await this.ctx.db.selectFrom("signals").selectAll().where("id", "in", unique).execute();
    return new Map((await this.hydrate(this.ctx.db, rows)).map((s) => [s.id, s]));
  }

  /** By short kenmerk ("HA-2026-0012", as formatKenmerk writes it). */
  async getByKenmerk(kenmerk: string): Promise<StoredSignal | undefined> {
    const row = await this.ctx.db.selectFrom("signals").selectAll().where("kenmerk", "=", kenmerk).executeTakeFirst();
    return row ? (await this.hydrate(this.ctx.db, [row]))[0] : undefined;
  }

  /**
   * The newest signal this party sent under its own dossier number (case-insensitive); other
   * parties' numbers are never searched. One client file can have several signals (a monthly
   * arrears run): the newest is the one a caseworker means.
   */
  async getByOwnReference(senderPartyId: string, ownReference: string): Promise<StoredSignal | undefined> {
    const row = await this.ctx.db
      .selectFrom("signals")
      .selectAll()
      .where("sender_party_id", "=", senderPartyId)
      .where(sql<string>`lower(own_reference)`, "=", ownReference.trim().toLowerCase())
      .orderBy("created_at", "desc")
      .orderBy("id")
      .executeTakeFirst();
    return row ? (await this.hydrate(this.ctx.db, [row]))[0] : undefined;
  }

  /**
   * Signals whose id starts with `prefix` (the tab's eight-character short form), at most
   * two: a caller can tell "one", "none" and "ambiguous" apart without loading more.
   */
  async findByIdPrefix(prefix: string): Promise<StoredSignal[]> {
    if (!/^[0-9a-f-]{4,36}$/i.test(prefix)) return [];
    const rows = await this.ctx.db
      .selectFrom("signals")
      .selectAll()
      .where(sql<string>`id::text`, "like", `${prefix.toLowerCase()}%`)
      .orderBy("id")
      .limit(2)
      .execute();
    return this.hydrate(this.ctx.db, rows);
  }

  async require(id: string): Promise<StoredSignal> {
    const signal = await this.get(id);
    if (!signal) throw StoreError.notFound("signal", id);
    return signal;
  }

  /**
   * Appends one line to the signal's history and derives its status, owner and outcome from the
   * whole history again (the row's columns are an index of it, written in the same transaction).
   * Whether the step is allowed is the domain's call; the store refuses only a stale read: a
   * lifecycle no longer in `expectedStatus`, a signal changed since `expectedUpdatedAt`, or a
   * line whose seq is taken, so two caseworkers acting at once cannot both win.
   */
  async transition(id: string, input: SignalTransition, meta: WriteMeta): Promise<StoredSignal> {
    const t = parseInput(SignalTransitionSchema, input, signalLabel);
    parseMeta(meta);
    const at = nowIso(this.ctx);
    return inTransaction(this.ctx.db, async (trx) => {
      const current = await trx.selectFrom("signals").selectAll().where("id", "=", id).forUpdate().executeTakeFirst();
      if (!current) throw StoreError.notFound("signal", id);
      const stale = (nl: string, en: string) => new StoreError("conflict", nl, en, { table: "signals" });
      if (
        t.expectedUpdatedAt !== undefined &&
        new Date(current.updated_at).getTime() !== new Date(t.expectedUpdatedAt).getTime()
      ) {
        throw stale(
          `Signaal '${id}' is intussen gewijzigd: iemand anders was je voor. Probeer het opnieuw.`,
          `Signal '${id}' changed meanwhile: someone else acted first. Try again.`,
        );
      }
      const lines = (await linesOf(trx, [id])).get(id) ?? [];
      const lifecycle = t.lifecycle ?? lines[0]?.lifecycle;
      const own = lines.filter((l) => l.lifecycle === lifecycle);
      const last = own.at(-1)?.entry;
      if (!lifecycle || !last) throw StoreError.notFound("signal lifecycle", `${id}/${t.lifecycle ?? "-"}`);
      if (t.expectedStatus !== undefined && last.to !== t.expectedStatus) {
        throw stale(
          `Signaal '${id}' heeft status '${last.to}', niet '${t.expectedStatus}': iemand anders was je voor.`,
          `Signal '${id}' has status '${last.to}', not '${t.expectedStatus}': someone else acted first.`,
        );
      }
      if (t.line && t.line.seq !== own.length) {
        throw stale(
          `Signaal '${id}' is intussen gewijzigd: iemand anders was je voor. Probeer het opnieuw.`,
          `Signal '${id}' changed meanwhile: someone else acted first. Try again.`,
        );
      }
      const owner = [...own].reverse().find((l) => l.entry.toPartyId)?.entry.toPartyId ?? lifecycle;
      const line: SignalHistoryLine = {
        lifecycle,
        entry: t.line ?? {
          seq: own.length,
          action: t.action!,
          at,
          actorPartyId: owner,
          from: last.to,
          to: t.to!,
          ...(t.ownerPartyId ? { toPartyId: t.ownerPartyId } : {}),
          ...(t.outcome ? { outcome: t.outcome } : {}),
        },
      };
      await trx
        .insertInto("signal_history")
        .values(lineRow(id, line, meta.actor))
        .execute();
      const all = [...lines, normalised(line)];
      const derived = signalStatusOf(all);
      const row = await trx
        .updateTable("signals")
        .set({
          status: derived.status,
          outcome: derived.outcome,
          owner_party_id: derived.ownerPartyId,
          updated_at: at,
          closed_at: isClosed(derived.status) ? (current.closed_at ?? at) : null,
          ...(t.ownerMemberId !== undefined ? { owner_member_id: t.ownerMemberId } : {}),
        })
        .where("id", "=", id)
        .returningAll()
        .executeTakeFirstOrThrow();
      await auditWrite(this.ctx, trx, meta, `signal.${line.entry.action}`, "signal", id);
      return toSignal(row, await this.recipientsOf(trx, id), all);
    });
  }

  /** Remembers which chat message shows a signal, so later actions update it in place. */
  async recordCard(signalId: string, conversationReferenceId: string, activityId: string): Promise<void> {
    await this.ctx.db
      .insertInto("signal_cards")
      .values({
        signal_id: signalId,
        conversation_reference_id: conversationReferenceId,
        activity_id: activityId,
        updated_at: nowIso(this.ctx),
      })
      .onConflict((oc) =>
        oc
          .columns(["signal_id", "conversation_reference_id"])
          .doUpdateSet({ activity_id: activityId, updated_at: nowIso(this.ctx) }),
      )
      .execute();
  }

  async cards(signalId: string): Promise<{ conversationReferenceId: string; activityId: string }[]> {
    const rows = await this.ctx.db
      .selectFrom("signal_cards")
      .select(["conversation_reference_id", "activity_id"])
      .where("signal_id", "=", signalId)
      .execute();
    return rows.map((r) => ({ conversationReferenceId: r.conversation_reference_id, activityId: r.activity_id }));
  }

  /** The bulk form of recordCard: one statement for the cards a batch of deliveries posted. */
  async recordCards(
    cards: readonly { signalId: string; conversationReferenceId: string; activityId: string }[],
  ): Promise<void> {
    // One row per (signal, chat): a statement may not update the same row twice; the last post wins.
    const unique = [...new Map(cards.map((c) => [`${c.signalId} ${c.conversationReferenceId}`, c])).values()];
    if (unique.length === 0) return;
    const at = nowIso(this.ctx);
    await this.ctx.db
      .insertInto("signal_cards")
      .values(
        unique.map((c) => ({
          signal_id: c.signalId,
          conversation_reference_id: c.conversationReferenceId,
          activity_id: c.activityId,
          updated_at: at,
        })),
      )
      .onConflict((oc) =>
        oc.columns(["signal_id", "conversation_reference_id"]).doUpdateSet((eb) => ({
          activity_id: eb.ref("excluded.activity_id"),
          updated_at: eb.ref("excluded.updated_at"),
        })),
      )
      .execute();
  }

  /** The posted cards of several signals in one statement, by signal id. */
  async cardsMany(
    signalIds: readonly string[],
  ): Promise<Map<string, { conversationReferenceId: string; activityId: string }[]>> {
    const unique = [...new Set(signalIds)];
    const bySignal = new Map<string, { conversationReferenceId: string; activityId: string }[]>(
      unique.map((id) => [id, []]),
    );
    if (unique.length === 0) return bySignal;
    const rows = await this.ctx.db
      .selectFrom("signal_cards")
      .select(["signal_id", "conversation_reference_id", "activity_id"])
      .where("signal_id", "in", unique)
      .execute();
    for (const r of rows)
      bySignal
        .get(r.signal_id)
        ?.push({ conversationReferenceId: r.conversation_reference_id, activityId: r.activity_id });
    return bySignal;
  }

  async history(id: string): Promise<StoredSignalHistoryEntry[]> {
    const rows = await this.ctx.db
      .selectFrom("signal_history")
      .selectAll()
      .where("signal_id", "=", id)
      .orderBy("id")
      .execute();
    return rows.map((r) => ({
      id: r.id,
      signalId: r.signal_id,
      lifecycle: r.lifecycle,
      seq: r.seq,
      at: r.at,
      actor: r.actor,
      actorPartyId: r.actor_party_id,
      fromStatus: r.from_status as SignalStatus | null,
      toStatus: r.to_status as SignalStatus,
      action: r.action,
      note: r.note,
      details: r.details,
    }));
  }

  /** A party's inbox: signals it received or owns, newest first. */
  /**
   * Pages go by keyset (`before`: the last signal of the previous page, in the order newest
   * first, then id), so a page never skips or repeats a signal that arrives meanwhile.
   */
  async listForParty(
    partyId: string,
    filter: { statuses?: SignalStatus[]; limit?: number; before?: SignalCursor } = {},
  ): Promise<StoredSignal[]> {
    let query = this.ctx.db
      .selectFrom("signals")
      .selectAll()
      .where((eb) =>
        eb.or([
          eb("owner_party_id", "=", partyId),
          eb.exists(
            eb
              .selectFrom("signal_recipients")
              .select("signal_recipients.signal_id")
              .whereRef("signal_recipients.signal_id", "=", "signals.id")
              .where("signal_recipients.party_id", "=", partyId),
          ),
        ]),
      );
    if (filter.statuses && filter.statuses.length > 0) query = query.where("status", "in", filter.statuses);
    const rows = await newestFirst(query, filter.before)
      .limit(filter.limit ?? 100)
      .execute();
    return this.hydrate(this.ctx.db, rows);
  }

  /** Where the signals a party sent stand, in the order and keyset of listForParty. */
  async sentBy(partyId: string, filter: { limit: number; before?: SignalCursor }): Promise<SignalCursor[]> {
    const query = this.ctx.db.selectFrom("signals").select(["id", "created_at"]).where("sender_party_id", "=", partyId);
    const rows = await newestFirst(query, filter.before).limit(filter.limit).execute();
    return rows.map((r) => ({ id: r.id, createdAt: r.created_at }));
  }

  /** Signals some lifecycle may still be open on (not closed as a whole), oldest first. */
  async openIds(limit: number): Promise<string[]> {
    const rows = await this.ctx.db
      .selectFrom("signals")
      .select("id")
      .where("status", "!=", "afgesloten")
      .orderBy("created_at")
      .limit(limit)
      .execute();
    return rows.map((r) => r.id);
  }
}

/** Newest first, then id; `before` starts after that signal, so a page never skips or repeats one. */
function newestFirst<O>(query: SelectQueryBuilder<Database, "signals", O>, before: SignalCursor | undefined) {
  const after = before
    ? query.where((eb) =>
        eb.or([
          eb("created_at", "<", before.createdAt),
          eb.and([eb("created_at", "=", before.createdAt), eb("id", ">", before.id)]),
        ]),
      )
    : query;
  return after.orderBy("created_at", "desc").orderBy("id");
}
