import { randomUUID } from "node:crypto";
import {
  DomainError,
  decideCaseStep,
  deadlinesFrom,
  deriveCaseState,
  resolveRulebook,
  routeCase,
  CandidateDetailsSchema,
  invalidInput,
  mayRecordNoodwoningOffer,
  caseKenmerkPrefix,
  parseKenmerk,
  parseOwnReference,
  type CandidateDetails,
  type CaseAction,
  type CaseRecipient,
  type CheckResult,
  type IsoDate,
  type PartyRole,
} from "@convenantbot/domain";
import type { DeliveryInput, Repositories, Store, StoredCase } from "@convenantbot/store";
import { reachedParties, rolesOfViewer } from "./case-view.js";

export const CASE_CARD_DELIVERY = "teams.case_card";

export interface CaseActor {
  partyId: string;
  role: PartyRole;
  /** Audit id: member:<uuid> or api:<key>. */
  actor: string;
  memberId?: string;
}

export interface CaseSubmitInput {
  /** The intake's own id: a second click or a retried invoke submits the same case once. */
  aanmeldingId: string;
  rulebook: string;
  asOf: IsoDate;
  facts: Record<string, unknown>;
  decision: CheckResult;
  supportPartyId: string | null;
  candidate: CandidateDetails;
  /** The sending caseworker's own dossier number (optional; only the sending party sees it). */
  ownReference?: string;
  sender: CaseActor & { memberId: string };
  correlationId: string;
}

export interface CaseActInput {
  aanmeldingId: string;
  action: CaseAction;
  actor: CaseActor;
  actionKey?: string;
  correlationId: string;
}

function notAllowed(): DomainError {
  // The same answer whether the case exists or not: an outsider learns nothing.
  return new DomainError(
    "not_allowed",
    "Deze aanmelding bestaat niet of je partij heeft er geen rol in.",
    "This aanmelding does not exist or your party has no part in it.",
    [{ field: "id", message_nl: "Niet toegestaan.", message_en: "Not allowed." }],
  );
}

const deliveriesTo = (parties: readonly string[]): DeliveryInput[] =>
  parties.map((partyId) => ({ kind: CASE_CARD_DELIVERY, target: partyId, payload: { partyId } }));

/**
 * The aanmelding as a shared case: the domain routes it and decides every step; the store
 * keeps the case, its history and the card deliveries (outbox) in one transaction per step.
 */
export class CaseService {
  constructor(
    private readonly store: Store,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  /** Who would receive this aanmelding, before anything is sent (the review step shows it). */
  recipientsFor(input: {
    rulebook: string;
    asOf: IsoDate;
    facts: Record<string, unknown>;
    senderPartyId: string;
    supportPartyId: string | null;
  }): CaseRecipient[] {
    const rulebook = resolveRulebook(input.rulebook, input.asOf);
    return routeCase({
      rulebook,
      facts: input.facts,
      senderPartyId: input.senderPartyId,
      supportPartyId: input.supportPartyId,
    });
  }

  async submit(
    input: CaseSubmitInput,
  ): Promise<{ aanmeldingId: string; kenmerk: string; created: boolean; recipients: CaseRecipient[] }> {
    const candidate = CandidateDetailsSchema.safeParse(input.candidate);
    if (!candidate.success) throw invalidInput(candidate.error, "candidate");
    const own = parseOwnReference(input.ownReference);
    if (!own.ok)
      throw new DomainError("invalid_input", own.message_nl, own.message_en, [
        { field: "ownReference", message_nl: own.message_nl, message_en: own.message_en },
      ]);
    const ownReference = own.value;
    const rulebook = resolveRulebook(input.rulebook, input.asOf);
    const recipients = routeCase({
      rulebook,
      facts: input.facts,
      senderPartyId: input.sender.partyId,
      supportPartyId: input.supportPartyId,
    });
    const participants = recipients.map((r) => ({ partyId: r.partyId, caseRole: r.caseRole, stage: r.stage }));
    const at = this.clock().toISOString();
    const first = decideCaseStep({
      history: [],
      senderPartyId: input.sender.partyId,
      participants,
      action: { type: "indienen" },
      actor: { partyId: input.sender.partyId, memberId: input.sender.memberId },
      at,
    }).entry;
    const stageOne = recipients.filter((r) => r.stage === 1).map((r) => r.partyId);
    const result = await this.store.cases.submit(
      {
        aanmelding: {
          id: input.aanmeldingId,
          rulebook: rulebook.id,
          rulebookVersion: rulebook.version,
          facts: input.facts,
          decision: input.decision,
          ...(input.supportPartyId ? { supportPartyId: input.supportPartyId } : {}),
          status: "ingediend",
          deadlines: deadlinesFrom(rulebook.deadlines, "aanmelding", input.asOf),
          createdBy: input.sender.memberId,
        },
        senderPartyId: input.sender.partyId,
        candidate: candidate.data as unknown as Record<string, unknown>,
        recipients: recipients.map((r) => ({
          partyId: r.partyId,
          caseRole: r.caseRole,
          stage: r.stage,
          ruleId: r.ruleId,
          article: r.article,
        })),
        first,
        // Every stage-1 recipient and the sender's own chats get the live card.
        deliveries: deliveriesTo([...new Set([...stageOne, input.sender.partyId])]),
        kenmerkPrefix: caseKenmerkPrefix(rulebook.id),
        ...(ownReference ? { ownReference } : {}),
      },
      { actor: input.sender.actor, correlationId: input.correlationId },
    );
    return {
      aanmeldingId: input.aanmeldingId,
      kenmerk: result.kenmerk ?? input.aanmeldingId.slice(0, 8),
      created: result.created,
      recipients,
    };
  }

  /**
   * The case's uuid for its uuid or its kenmerk ("LV-2026-0012", also typed as "lv-2026-12"),
   * or, for the party that sent it, the caseworker's own dossier number.
   */
  async resolveId(reference: string, senderPartyId?: string): Promise<string | undefined> {
    if (/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(reference)) return reference;
    const kenmerk = parseKenmerk(reference);
    if (kenmerk) {
      const byKenmerk = await this.store.cases.idByKenmerk(kenmerk);
      if (byKenmerk) return byKenmerk;
    }
    const own = parseOwnReference(reference);
    return own.ok && own.value && senderPartyId
      ? this.store.cases.idByOwnReference(senderPartyId, own.value)
      : undefined;
  }

  /** The case (by uuid or kenmerk) if this party has a part in it (not_allowed otherwise, also when absent); audited. */
  async read(reference: string, viewer: CaseActor, correlationId: string): Promise<StoredCase> {
    const id = await this.resolveId(reference, viewer.partyId);
    const stored = id ? await this.store.cases.get(id) : undefined;
    if (!stored || stored.history.length === 0 || rolesOfViewer(stored, viewer.partyId).length === 0)
      throw notAllowed();
    await this.store.audit.record({
      actor: viewer.actor,
      action: "case.read",
      recordType: "aanmelding",
      recordId: stored.aanmelding.id,
      correlationId,
    });
    return stored;
  }

  /**
   * One step on a case: decided by the domain (roles, status, retries), appended to the
   * history with a card refresh for every party that has the case, in one transaction.
   */
  async act(input: CaseActInput) {
    const result = await this.actWith(input, async () => undefined);
    return result;
  }

  /**
   * A step plus the caller's own record (an offer, a lease) in the same transaction: the
   * domain decides first, so a refused step writes neither.
   */
  async actWith<T>(input: CaseActInput, write: (tx: Repositories) => Promise<T>) {
    const stored = await this.read(input.aanmeldingId, input.actor, input.correlationId);
    let action = input.action;
    if (action.type === "toewijzen") {
      const member = /^[0-9a-f-]{36}$/i.test(action.assigneeMemberId)
        ? await this.store.members.get(action.assigneeMemberId)
        : undefined;
      if (!member || member.partyId !== input.actor.partyId)
        throw new DomainError(
          "not_allowed",
          "Je kunt alleen toewijzen aan een collega van je eigen partij.",
          "You can only assign to a colleague of your own party.",
          [
            {
              field: "assigneeMemberId",
              message_nl: "Geen collega van je partij.",
              message_en: "Not a colleague of your party.",
            },
          ],
        );
      action = { ...action, assigneeName: member.displayName };
    }
    // LV art. 6 lid 3-4: not the evicting landlord, not Stichting Duivenvoorde (the rules engineer's check).
    if (action.type === "aanbod_doen" && stored.aanmelding.rulebook === "lv-noodwoning-2025") {
      const evicting = stored.aanmelding.facts["evictingLandlord"];
      const may = mayRecordNoodwoningOffer(
        { partyId: input.actor.partyId, role: input.actor.role },
        typeof evicting === "string" ? evicting : undefined,
      );
      if (!may.allowed)
        throw new DomainError("not_allowed", `${may.reason.nl} (${may.article})`, `${may.reason.en} (${may.article})`, [
          { field: "actor", message_nl: "Geen aanbod van deze partij.", message_en: "No offer by this party." },
        ]);
    }
    const step = decideCaseStep({
      history: stored.history,
      senderPartyId: stored.senderPartyId ?? "",
      participants: stored.recipients,
      action,
      actor: { partyId: input.actor.partyId, ...(input.actor.memberId ? { memberId: input.actor.memberId } : {}) },
      at: this.clock().toISOString(),
      ...(input.actionKey ? { actionKey: input.actionKey } : {}),
    });
    if (step.noop) return { stored, noop: true as const, reason: step.reason, written: undefined };
    const next: StoredCase = { ...stored, history: [...stored.history, step.entry] };
    const meta = { actor: input.actor.actor, correlationId: input.correlationId };
    const outcome = await this.store.transaction(async (tx) => {
      const appended = await tx.cases.append(
        stored.aanmelding.id,
        step.entry,
        deliveriesTo(reachedParties(next)),
        meta,
      );
      return appended.appended ? { written: await write(tx) } : undefined;
    });
    if (!outcome)
      return {
        stored,
        noop: true as const,
        reason: { nl: "Al verwerkt.", en: "Already processed." },
        written: undefined,
      };
    return { stored: next, noop: false as const, state: deriveCaseState(next.history), written: outcome.written };
  }

  /** The cases a party sent or received (each party sees only its own), newest first. */
  async listFor(partyId: string, limit = 200): Promise<StoredCase[]> {
    const ids = await this.store.cases.idsForParty(partyId, limit);
    const cases = await Promise.all(ids.map((id) => this.store.cases.get(id)));
    return cases.filter(
      (c): c is StoredCase => c !== undefined && c.history.length > 0 && rolesOfViewer(c, partyId).length > 0,
    );
  }
}

export const newAanmeldingId = (): string => randomUUID();
