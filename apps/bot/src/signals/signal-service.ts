import {
  DomainError,
  acceptSignal,
  applyAction,
  redactSignalFor,
  signalDeadlines,
  isSignalOverdue,
  dutchDateOf,
  type PartyRole,
  type SignalAction,
  type SignalState,
} from "@convenantbot/domain";
import type { Store, StoredSignal } from "@convenantbot/store";
import { lifecycleOwnedBy, partiesInvolved, signalOf, statesOf, type SignalStates } from "./signal-record.js";

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
  constructor(
    private readonly store: Store,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  /** Stores an accepted signal with one card delivery per recipient; a repeat key returns the first. */
  async submit(input: { body: unknown; sender: SignalActor; idempotencyKey: string; correlationId: string }) {
    // A sender's system may name the case parties it knows (`caseContext`); our own case wins.
    const { caseContext: given, ...rest } = isRecord(input.body) ? input.body : { caseContext: undefined };
    const body = this.withSender(isRecord(input.body) ? rest : input.body, input.sender.partyId);
    const fromCase = await this.caseContextOf(body);
    const caseContext = given === undefined ? fromCase : isRecord(given) ? { ...given, ...fromCase } : given;
    const receivedAt = this.clock().toISOString();
    const accepted = acceptSignal({ signal: body, senderRole: input.sender.role, caseContext, receivedAt });
    const states: SignalStates = {
      byRecipient: Object.fromEntries(accepted.deliveries.map((d) => [d.recipient.partyId, d.state])),
    };
    const primary = accepted.deliveries[0];
    if (!primary) throw new Error("routing returned no recipient"); // acceptSignal refuses that case itself
    const due = primary.deadlines.find((d) => d.code === "SIGNAAL.BEVESTIGEN")?.due;
    const aanmeldingId = accepted.signal.tenant.aanmeldingId;
    const created = await this.store.signals.create(
      {
        type: accepted.signal.type,
        channel: accepted.signal.channel,
        rulebook: accepted.signal.rulebook,
        senderPartyId: input.sender.partyId,
        recipientPartyIds: accepted.deliveries.map((d) => d.recipient.partyId),
        payload: accepted.signal as unknown as Record<string, unknown>,
        status: "nieuw",
        ownerPartyId: primary.recipient.partyId,
        ...(due ? { dueDate: due } : {}),
        idempotencyKey: input.idempotencyKey,
        ...(aanmeldingId && isUuid(aanmeldingId) && (await this.store.aanmeldingen.get(aanmeldingId)) ? { aanmeldingId } : {}),
        state: states as unknown as Record<string, unknown>,
      },
      // The sender member (if one) is told when a recipient is unreachable.
      accepted.deliveries.map((d) => ({
        kind: SIGNAL_CARD_DELIVERY,
        target: d.recipient.partyId,
        payload: { partyId: d.recipient.partyId, ...(input.sender.memberId ? { senderMemberId: input.sender.memberId } : {}) },
      })),
      { actor: input.sender.actor, correlationId: input.correlationId },
    );
    return {
      signal: created.signal,
      created: created.created,
      recipients: accepted.route.recipients.map((r) => ({ partyId: r.partyId, partyName: r.partyName, reason: r.reason })),
    };
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
    const result = applyAction(owned.state, input.action, { partyId: input.actor.partyId, role: input.actor.role, ...(input.actor.memberId ? { userId: input.actor.memberId } : {}) }, at);
    if (result.noop) return { signal: stored, noop: true as const, reason: result.reason };
    const next: SignalStates = { byRecipient: { ...states.byRecipient, [owned.key]: result.state } };
    const primaryKey = stored.recipientPartyIds.includes(stored.ownerPartyId ?? "") ? (stored.ownerPartyId as string) : owned.key;
    const primary = next.byRecipient[primaryKey] ?? result.state;
    const updated = await this.store.transaction(async (tx) => {
      const signal = await tx.signals.transition(
        input.signalId,
        {
          to: primary.status,
          action: input.action.type,
          expectedUpdatedAt: stored.updatedAt,
          ...(input.action.type === "afsluiten" ? { outcome: input.action.outcome } : {}),
          ...(owned.key === primaryKey ? { ownerPartyId: result.state.ownerPartyId, ...(input.actor.memberId ? { ownerMemberId: input.actor.memberId } : {}) } : {}),
          state: next as unknown as Record<string, unknown>,
        },
        { actor: input.actor.actor, correlationId: input.correlationId },
      );
      // Every party's copy of the card shows the new status (Universal Actions refresh).
      const parties = [...partiesInvolved(signal, next)].filter((p) => p !== signal.senderPartyId || signal.recipientPartyIds.includes(p));
      await tx.outbox.enqueue(
        parties.map((partyId) => ({ kind: SIGNAL_CARD_DELIVERY, target: partyId, payload: { partyId, refresh: true } })),
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
    const open = (await this.store.outbox.forRecord("signal", signalId)).filter((d) => d.kind === SIGNAL_CARD_DELIVERY && d.deliveredAt === null && d.failedAt === null);
    const unreachable = [...new Set(open.filter((d) => d.unreachableAt !== null).map((d) => d.target))].sort();
    const retrying = [...new Set(open.filter((d) => d.unreachableAt === null && d.lastError !== null).map((d) => d.target))].sort();
    return { unreachable, retrying };
  }

  /** The stored signal if the viewer may see it (not_allowed otherwise, also when absent); audited. */
  async read(signalId: string, viewer: SignalActor, correlationId: string): Promise<StoredSignal> {
    const stored = await this.store.signals.get(signalId);
    if (!stored || !this.viewOf(stored, viewer)) throw notAllowed();
    await this.store.audit.record({ actor: viewer.actor, action: "signal.read", recordType: "signal", recordId: signalId, correlationId });
    return stored;
  }

  viewOf(stored: StoredSignal, viewer: { partyId: string; role: PartyRole }): SignalView | undefined {
    const states = statesOf(stored);
    if (!partiesInvolved(stored, states).has(viewer.partyId)) return undefined;
    const signal = signalOf(stored);
    const own = lifecycleOwnedBy(states, viewer.partyId)?.state;
    const isSender = stored.senderPartyId === viewer.partyId;
    const fields = isSender ? (signal as unknown as Record<string, unknown>) : (redactSignalFor(signal, viewer.role) as Record<string, unknown>);
    const today = dutchDateOf(this.clock().toISOString());
    const due = own ? signalDeadlines(own).find((d) => d.code === "SIGNAAL.BEVESTIGEN" && !d.met)?.due : undefined;
    return {
      id: stored.id,
      type: stored.type,
      rulebook: stored.rulebook,
      channel: stored.channel,
      senderPartyId: stored.senderPartyId,
      createdAt: stored.createdAt,
      fields,
      ...(own ? { own } : {}),
      lifecycles: Object.values(states.byRecipient).map((s) => ({ ownerPartyId: s.ownerPartyId, status: s.status, ...(s.outcome ? { outcome: s.outcome } : {}) })),
      overdue: own ? isSignalOverdue(own, today) : false,
      ...(due ? { dueDate: due } : {}),
    };
  }

  /** A party's signals (sent, received or owned), each as that party may see it. */
  async list(viewer: { partyId: string; role: PartyRole }, filter: { status?: SignalState["status"]; limit?: number } = {}): Promise<SignalView[]> {
    const received = await this.store.signals.listForParty(viewer.partyId, { limit: filter.limit ?? 200 });
    const sent = await this.store.db
      .selectFrom("signals")
      .select("id")
      .where("sender_party_id", "=", viewer.partyId)
      .orderBy("created_at", "desc")
      .limit(filter.limit ?? 200)
      .execute();
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
        [{ field: "senderPartyId", message_nl: "Andere partij dan de afzender.", message_en: "Another party than the sender." }],
      );
    }
    return body;
  }

  /** Routing reads the case (aanmelding): its support party; never guessed from the body. */
  private async caseContextOf(body: unknown): Promise<Record<string, unknown>> {
    const tenant = (body as { tenant?: { aanmeldingId?: unknown } } | undefined)?.tenant;
    const id = tenant?.aanmeldingId;
    if (typeof id !== "string" || !isUuid(id)) return {};
    const aanmelding = await this.store.aanmeldingen.get(id);
    if (!aanmelding?.supportPartyId) return {};
    return { supportPartyId: aanmelding.supportPartyId };
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

function isUuid(value: string): boolean {
  return /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value);
}
