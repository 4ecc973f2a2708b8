import {
  DomainError,
  acceptSignal,
  applyAction,
  redactSignalFor,
  openingLines,
  signalStatusOf,
  signalDeadlines,
  isSignalOverdue,
  dutchDateOf,
  signalKenmerkPrefix,
  parseKenmerk,
  parseOwnReference,
  mayReadOwnReference,
  type PartyRole,
  type SignalAction,
  type SignalState,
} from "@convenantbot/domain";
import {
  BULK_SIGNALS_PER_CALL,
  type DeliveryInput,
  type SignalCreate,
  type SignalCursor,
  type Store,
  type StoreError,
  type StoredSignal,
} from "@convenantbot/store";
import { SignalGroupCommit } from "./group-commit.js";
import { lifecycleOwnedBy, partiesInvolved, signalOf, statesOf } from "./signal-record.js";

/** Who acts: the party decides what is allowed; `actor` is the audit id (member:, api:). */
export interface SignalActor {
  partyId: string;
  role: PartyRole;
  actor: string;
  memberId?: string;
}

export const SIGNAL_CARD_DELIVERY = "teams.signal_card";

/** What one party may see of one signal: its own redacted view and its own lifecycle. */
export interface SignalView {
  id: string;
  /** Short handle ("HA-2026-0012"); signals from before kenmerken show their id's first eight characters. */
  kenmerk: string;
  type: StoredSignal["type"];
  rulebook: string;
  channel: StoredSignal["channel"];
  senderPartyId: string;
  createdAt: string;
  /** Privacy-filtered by the domain for the viewer's role (the sender sees what it sent). */
  fields: Record<string, unknown>;
  /** The viewer's own lifecycle, if it received the signal. */
  own?: SignalState;
  /** Every lifecycle's status, without content: who has it and how far they are. */
  lifecycles: { ownerPartyId: string; status: SignalState["status"]; outcome?: string }[];
  overdue: boolean;
  dueDate?: string;
  /** The sender's own dossier number: only in the sending party's view (privacy data, mayReadOwnReference). */
  ownReference?: string;
  /** Sender only: recipient party ids not reached yet ("onbereikbaar") or being retried. */
  delivery?: { unreachable: string[]; retrying: string[] };
}

function notAllowed(): DomainError {
  // Same answer whether the signal exists or not: an outsider learns nothing.
  return new DomainError(
    "not_allowed",
    "Dit signaal bestaat niet of je mag het niet zien.",
    "This signal does not exist or you may not see it.",
    [{ field: "id", message_nl: "Niet toegestaan.", message_en: "Not allowed." }],
  );
}

/**
 * Signals from submission to closing: domain decides (route, privacy, lifecycle), the store
 * keeps the signal, its deliveries (outbox, same transaction) and its audit trail.
 */
export class SignalService {
  private readonly groupCommit: SignalGroupCommit;

  constructor(
    private readonly store: Store,
    private readonly clock: () => Date = () => new Date(),
  ) {
    this.groupCommit = new SignalGroupCommit(store);
  }

  /** Stores an accepted signal with one card delivery per recipient; a repeat key returns the first. */
  async submit(input: { body: unknown; sender: SignalActor; idempotencyKey: string; correlationId: string }) {
    const cases = await this.casesOf([input.body]);
    const prepared = this.prepare(input.body, input.sender, input.idempotencyKey, cases);
    // Concurrent POSTs of one sender share a transaction (group-commit.ts); each keeps its own answer.
    const created = await this.groupCommit.create(prepared.create, {
      actor: input.sender.actor,
      correlationId: input.correlationId,
    });
    return { signal: created.signal, created: created.created, recipients: prepared.recipients };
  }

  /**
   * A batch from one sender's system (e.g. a landlord's monthly arrears run): every row is
   * validated, routed and privacy-checked exactly as `submit` does one, then the accepted rows
   * are stored with multi-row writes (BULK_SIGNALS_PER_CALL per transaction). A refused row
   * does not stop the others; the answer names each row's result in the order given.
   * `rows[i].idempotencyKey` is the row's key; without one it is `<batch key>#<i>`, so a retry
   * of the whole batch with the same key stores nothing twice.
   */
  async submitBatch(input: {
    rows: readonly BatchRow[];
    sender: SignalActor;
    batchKey: string;
    correlationId: string;
  }): Promise<BatchRowResult[]> {
    const meta = { actor: input.sender.actor, correlationId: input.correlationId };
    const cases = await this.casesOf(input.rows.map((row) => (row.ok ? row.body : undefined)));
    const results: BatchRowResult[] = new Array(input.rows.length);
    const pending: { index: number; prepared: PreparedSignal }[] = [];
    input.rows.forEach((row, index) => {
      if (!row.ok) {
        results[index] = {
          ok: false,
          idempotencyKey: row.idempotencyKey ?? `${input.batchKey}#${index}`,
          error: row.error,
        };
        return;
      }
      const idempotencyKey = row.idempotencyKey ?? `${input.batchKey}#${index}`;
      try {
        pending.push({ index, prepared: this.prepare(row.body, input.sender, idempotencyKey, cases) });
      } catch (error) {
        if (!(error instanceof DomainError)) throw error;
        results[index] = { ok: false, idempotencyKey, error };
      }
    });
    for (let start = 0; start < pending.length; start += BULK_SIGNALS_PER_CALL) {
      const chunk = pending.slice(start, start + BULK_SIGNALS_PER_CALL);
      const stored = await this.store.signals.createMany(
        chunk.map((p) => p.prepared.create),
        meta,
      );
      stored.forEach((result, i) => {
        const { index, prepared } = chunk[i]!;
        const idempotencyKey = prepared.create.input.idempotencyKey;
        results[index] = result.ok
          ? {
              ok: true,
              idempotencyKey,
              signal: result.signal,
              created: result.created,
              recipients: prepared.recipients,
            }
          : { ok: false, idempotencyKey, error: result.error };
      });
    }
    return results;
  }

  /** Validation, routing and the privacy rules of one signal (pure, with the cases it refers to). */
  private prepare(
    rawBody: unknown,
    sender: SignalActor,
    idempotencyKey: string,
    cases: ReadonlyMap<string, { supportPartyId: string | null }>,
  ): PreparedSignal {
    // A sender's system may name the case parties it knows (`caseContext`); our own case wins.
    // `ownReference` is the sender's own dossier number: kept beside the signal, never in the
    // payload, so no recipient's privacy row can ever pass it on.
    const {
      caseContext: given,
      ownReference: typedOwn,
      ...rest
    } = isRecord(rawBody) ? rawBody : { caseContext: undefined, ownReference: undefined };
    const own = parseOwnReference(typedOwn);
    if (!own.ok) {
      // The issue names the field itself, so its message drops the "Eigen dossiernummer: " lead
      // (a form shows "<label>: <message>").
      const bare = (message: string) => message.replace(/^[^:]+:\s*/, "");
      throw new DomainError("invalid_input", own.message_nl, own.message_en, [
        { field: "ownReference", message_nl: bare(own.message_nl), message_en: bare(own.message_en) },
      ]);
    }
    const body = this.withSender(isRecord(rawBody) ? rest : rawBody, sender.partyId);
    const aanmelding = cases.get(aanmeldingIdOf(body) ?? "");
    const fromCase = aanmelding?.supportPartyId ? { supportPartyId: aanmelding.supportPartyId } : {};
    const caseContext = given === undefined ? fromCase : isRecord(given) ? { ...given, ...fromCase } : given;
    const receivedAt = this.clock().toISOString();
    const accepted = acceptSignal({ signal: body, senderRole: sender.role, caseContext, receivedAt });
    // One lifecycle per recipient, each opened by its receipt line; the first is the primary one.
    const history = openingLines(accepted.deliveries.map((d) => ({ key: d.recipient.partyId, state: d.state })));
    const primary = accepted.deliveries[0];
    if (!primary) throw new Error("routing returned no recipient"); // acceptSignal refuses that case itself
    const due = primary.deadlines.find((d) => d.code === "SIGNAAL.BEVESTIGEN")?.due;
    const aanmeldingId = accepted.signal.tenant.aanmeldingId;
    return {
      create: {
        input: {
          type: accepted.signal.type,
          channel: accepted.signal.channel,
          rulebook: accepted.signal.rulebook,
          senderPartyId: sender.partyId,
          recipientPartyIds: accepted.deliveries.map((d) => d.recipient.partyId),
          payload: accepted.signal as unknown as Record<string, unknown>,
          ...(due ? { dueDate: due } : {}),
          idempotencyKey,
          ...(aanmeldingId && cases.has(aanmeldingId) ? { aanmeldingId } : {}),
          history,
          kenmerkPrefix: signalKenmerkPrefix[accepted.signal.type],
          ...(own.value ? { ownReference: own.value } : {}),
        },
        // The sender member (if one) is told when a recipient is unreachable.
        deliveries: accepted.deliveries.map((d) => ({
          kind: SIGNAL_CARD_DELIVERY,
          target: d.recipient.partyId,
          payload: { partyId: d.recipient.partyId, ...(sender.memberId ? { senderMemberId: sender.memberId } : {}) },
        })),
      },
      recipients: accepted.route.recipients.map((r) => ({
        partyId: r.partyId,
        partyName: r.partyName,
        reason: r.reason,
      })),
    };
  }

  /** The aanmeldingen the bodies refer to, read in one query: routing reads the case, never the body's guess. */
  private async casesOf(bodies: readonly unknown[]): Promise<Map<string, { supportPartyId: string | null }>> {
    const ids = [...new Set(bodies.map(aanmeldingIdOf).filter((id): id is string => id !== undefined))];
    const supportParties = await this.store.aanmeldingen.supportPartiesOf(ids);
    return new Map([...supportParties].map(([id, supportPartyId]) => [id, { supportPartyId }]));
  }

  /** Applies bevestigen/oppakken/doorsturen/afsluiten to the actor's own lifecycle; refreshes every card. */
  async act(input: { signalId: string; action: SignalAction; actor: SignalActor; correlationId: string }) {
    const stored = await this.store.signals.get(input.signalId);
    if (!stored) throw notAllowed();
    const states = statesOf(stored);
    if (!partiesInvolved(stored, states).has(input.actor.partyId)) throw notAllowed();
    const owned = lifecycleOwnedBy(states, input.actor.partyId);
    if (!owned) {
      throw new DomainError(
        "not_allowed",
        "Je hebt dit signaal niet (meer) in behandeling; alleen de eigenaar kan het bevestigen, oppakken, doorsturen of afsluiten.",
        "You do not (or no longer) own this signal; only its owner can acknowledge, take, forward or close it.",
        [{ field: "actor", message_nl: "Niet de eigenaar.", message_en: "Not the owner." }],
      );
    }
    const at = this.clock().toISOString();
    const result = applyAction(
      owned.state,
      input.action,
      {
        partyId: input.actor.partyId,
        role: input.actor.role,
        ...(input.actor.memberId ? { userId: input.actor.memberId } : {}),
      },
      at,
    );
    if (result.noop) return { signal: stored, noop: true as const, reason: result.reason };
    // The primary lifecycle's caseworker is the row's owner member; a forward hands it to another party.
    const primary = signalStatusOf(stored.history).primary === owned.key;
    const ownerMember = input.action.type === "doorsturen" ? null : (input.actor.memberId ?? undefined);
    const updated = await this.store.transaction(async (tx) => {
      const signal = await tx.signals.transition(
        input.signalId,
        {
          lifecycle: owned.key,
          line: result.historyEntry,
          expectedUpdatedAt: stored.updatedAt,
          ...(primary && ownerMember !== undefined ? { ownerMemberId: ownerMember } : {}),
        },
        { actor: input.actor.actor, correlationId: input.correlationId },
      );
      // Every party's copy of the card shows the new status (Universal Actions refresh).
      const next = statesOf(signal);
      const parties = [...partiesInvolved(signal, next)].filter(
        (p) => p !== signal.senderPartyId || signal.recipientPartyIds.includes(p),
      );
      // The party a forward hands the lifecycle to is told in its feed, even when it already
      // holds a card of its own (KW: the regiehouder receives the landlord's signal too).
      const forwardedTo = input.action.type === "doorsturen" ? input.action.toPartyId : undefined;
      await tx.outbox.enqueue(
        parties.map((partyId) => ({
          kind: SIGNAL_CARD_DELIVERY,
          target: partyId,
          payload: { partyId, refresh: true, ...(partyId === forwardedTo ? { forwarded: true } : {}) },
        })),
        { type: "signal", id: signal.id },
      );
      return signal;
    });
    return { signal: updated, noop: false as const };
  }

  /** The viewer's view, or not_allowed (also when it does not exist). Audited: it is a read of personal data. */
  async view(signalId: string, viewer: SignalActor, correlationId: string): Promise<SignalView> {
    const stored = await this.read(signalId, viewer, correlationId);
    const view = this.viewOf(stored, viewer)!;
    return stored.senderPartyId === viewer.partyId ? { ...view, delivery: await this.deliveryOf(stored.id) } : view;
  }

  /**
   * For the sender: recipients where nobody could be reached ("onbereikbaar": no member has
   * a personal chat with the bot; delivered as soon as one has) and those being retried.
   */
  async deliveryOf(signalId: string): Promise<NonNullable<SignalView["delivery"]>> {
    const open = (await this.store.outbox.forRecord("signal", signalId)).filter(
      (d) => d.kind === SIGNAL_CARD_DELIVERY && d.deliveredAt === null && d.failedAt === null,
    );
    const unreachable = [...new Set(open.filter((d) => d.unreachableAt !== null).map((d) => d.target))].sort();
    const retrying = [
      ...new Set(open.filter((d) => d.unreachableAt === null && d.lastError !== null).map((d) => d.target)),
    ].sort();
    return { unreachable, retrying };
  }

  /** The stored signal if the viewer may see it (not_allowed otherwise, also when absent); audited. */
  async read(signalId: string, viewer: SignalActor, correlationId: string): Promise<StoredSignal> {
    const stored = await this.store.signals.get(signalId);
    if (!stored || !this.viewOf(stored, viewer)) throw notAllowed();
    await this.store.audit.record({
      actor: viewer.actor,
      action: "signal.read",
      recordType: "signal",
      recordId: signalId,
      correlationId,
    });
    return stored;
  }

  viewOf(stored: StoredSignal, viewer: { partyId: string; role: PartyRole }): SignalView | undefined {
    const states = statesOf(stored);
    if (!partiesInvolved(stored, states).has(viewer.partyId)) return undefined;
    const signal = signalOf(stored);
    const own = lifecycleOwnedBy(states, viewer.partyId)?.state;
    const isSender = stored.senderPartyId === viewer.partyId;
    const fields = isSender
      ? (signal as unknown as Record<string, unknown>)
      : (redactSignalFor(signal, viewer.role) as Record<string, unknown>);
    const today = dutchDateOf(this.clock().toISOString());
    const due = own ? signalDeadlines(own).find((d) => d.code === "SIGNAAL.BEVESTIGEN" && !d.met)?.due : undefined;
    return {
      id: stored.id,
      kenmerk: stored.kenmerk ?? stored.id.slice(0, 8),
      type: stored.type,
      rulebook: stored.rulebook,
      channel: stored.channel,
      senderPartyId: stored.senderPartyId,
      createdAt: stored.createdAt,
      fields,
      ...(stored.ownReference && mayReadOwnReference(viewer, stored.senderPartyId)
        ? { ownReference: stored.ownReference }
        : {}),
      ...(own ? { own } : {}),
      lifecycles: Object.values(states.byRecipient).map((s) => ({
        ownerPartyId: s.ownerPartyId,
        status: s.status,
        ...(s.outcome ? { outcome: s.outcome } : {}),
      })),
      overdue: own ? isSignalOverdue(own, today) : false,
      ...(due ? { dueDate: due } : {}),
    };
  }

  /**
   * One page of a party's signals (sent, received or owned), newest first, each as that party
   * may see it; `next` is where the following page starts, absent on the last page.
   */
  async page(
    viewer: { partyId: string; role: PartyRole },
    options: { limit: number; before?: SignalCursor; status?: SignalState["status"] },
  ): Promise<{ items: SignalView[]; next?: SignalCursor }> {
    const { limit, before } = options;
    const received = await this.store.signals.listForParty(viewer.partyId, {
      limit: limit + 1,
      ...(before ? { before } : {}),
    });
    const sent = await this.store.signals.sentBy(viewer.partyId, { limit: limit + 1, ...(before ? { before } : {}) });
    const seen = new Set(received.map((s) => s.id));
    const extra = await Promise.all(sent.filter((r) => !seen.has(r.id)).map((r) => this.store.signals.get(r.id)));
    const merged = [...received, ...extra.filter((s): s is StoredSignal => s !== undefined)].sort(
      (a, b) => b.createdAt.localeCompare(a.createdAt) || a.id.localeCompare(b.id),
    );
    const pageRows = merged.slice(0, limit);
    const last = pageRows.at(-1);
    const items = pageRows
      .map((s) => this.viewOf(s, viewer))
      .filter((v): v is SignalView => v !== undefined)
      .filter((v) => !options.status || (v.own?.status ?? v.lifecycles[0]?.status) === options.status);
    return { items, ...(merged.length > limit && last ? { next: { createdAt: last.createdAt, id: last.id } } : {}) };
  }

  /**
   * The signal a caseworker means by a typed reference: its kenmerk ("HA-2026-0012", any
   * case or dashes) or the start of its id (the tab's eight characters), or, for the party
   * that sent it, its own dossier number (the newest signal under it). Only signals the
   * viewer may see count; ambiguous or unknown is undefined (nothing learnt about others).
   */
  async findByReference(
    reference: string,
    viewer: { partyId: string; role: PartyRole },
  ): Promise<StoredSignal | undefined> {
    const kenmerk = parseKenmerk(reference);
    const candidates = kenmerk
      ? [await this.store.signals.getByKenmerk(kenmerk)].filter((s): s is StoredSignal => s !== undefined)
      : reference.length >= 6
        ? await this.store.signals.findByIdPrefix(reference)
        : [];
    const visible = candidates.filter((s) => this.viewOf(s, viewer) !== undefined);
    if (visible.length === 1) return visible[0];
    // Only the viewer's own party's numbers are searched: another party's number finds nothing.
    const own = parseOwnReference(reference);
    return own.ok && own.value ? this.store.signals.getByOwnReference(viewer.partyId, own.value) : undefined;
  }

  /** A party's signals (sent, received or owned), each as that party may see it. */
  async list(
    viewer: { partyId: string; role: PartyRole },
    filter: { status?: SignalState["status"]; limit?: number } = {},
  ): Promise<SignalView[]> {
    const received = await this.store.signals.listForParty(viewer.partyId, { limit: filter.limit ?? 200 });
    const sent = await this.store.signals.sentBy(viewer.partyId, { limit: filter.limit ?? 200 });
    const seen = new Set(received.map((s) => s.id));
    const extra = await Promise.all(sent.filter((r) => !seen.has(r.id)).map((r) => this.store.signals.get(r.id)));
    const all = [...received, ...extra.filter((s): s is StoredSignal => s !== undefined)];
    return all
      .map((s) => this.viewOf(s, viewer))
      .filter((v): v is SignalView => v !== undefined)
      .filter((v) => !filter.status || (v.own?.status ?? v.lifecycles[0]?.status) === filter.status)
      .sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  }

  private withSender(body: unknown, partyId: string): unknown {
    if (!body || typeof body !== "object" || Array.isArray(body)) return body;
    const record = body as Record<string, unknown>;
    if (record["senderPartyId"] === undefined) return { ...record, senderPartyId: partyId };
    if (record["senderPartyId"] !== partyId) {
      throw new DomainError(
        "not_allowed",
        "Veld senderPartyId hoort bij een andere partij dan je sleutel of account; je verstuurt alleen namens je eigen partij.",
        "Field senderPartyId belongs to another party than your key or account; you send only on behalf of your own party.",
        [
          {
            field: "senderPartyId",
            message_nl: "Andere partij dan de afzender.",
            message_en: "Another party than the sender.",
          },
        ],
      );
    }
    return body;
  }
}

/** One row of a batch as the HTTP edge read it: a body, or why the row could not be read. */
export type BatchRow =
  { ok: true; body: unknown; idempotencyKey?: string } | { ok: false; idempotencyKey?: string; error: DomainError };

export type BatchRowResult =
  | { ok: true; idempotencyKey: string; signal: StoredSignal; created: boolean; recipients: SignalRecipientView[] }
  | { ok: false; idempotencyKey: string; error: DomainError | StoreError };

/** Who a signal went to and why (the route's reason, in Dutch and English). */
export interface SignalRecipientView {
  partyId: string;
  partyName: string;
  reason: { nl: string; en: string };
}

interface PreparedSignal {
  create: { input: SignalCreate; deliveries: DeliveryInput[] };
  recipients: SignalRecipientView[];
}

function aanmeldingIdOf(body: unknown): string | undefined {
  const id = (isRecord(body) && isRecord(body["tenant"]) ? body["tenant"]["aanmeldingId"] : undefined) as unknown;
  return typeof id === "string" && isUuid(id) ? id : undefined;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

function isUuid(value: string): boolean {
  return /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value);
}
