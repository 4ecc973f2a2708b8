import { z } from "zod";
import { DomainError, invalidInput, isDomainError } from "../common/domain-error.js";
import { LocalizedSchema, t, type Localized } from "../common/localized.js";
import { PartyRoleSchema } from "../parties/party.js";
import { CaseContextSchema } from "./case-context.js";
import { InstantSchema, type Instant } from "./dutch-date.js";
import {
  nextStatus,
  allowedActions,
  SignalHistoryActionSchema,
  SignalStatusSchema,
  type SignalStatus,
} from "./lifecycle-table.js";
import { allowedOutcomes, SignalOutcomeSchema } from "./outcomes.js";
import { routeSignal, type Recipient } from "./routing.js";
import { SignalChannelSchema, SignalTypeSchema } from "./signal-type.js";

export const SignalActionSchema = z.discriminatedUnion("type", [
  z.strictObject({ type: z.literal("bevestigen") }),
  z.strictObject({ type: z.literal("oppakken") }),
  z.strictObject({ type: z.literal("doorsturen"), toPartyId: z.string().min(1) }),
  z.strictObject({ type: z.literal("afsluiten"), outcome: SignalOutcomeSchema }),
]);
export type SignalAction = z.infer<typeof SignalActionSchema>;

/** Who acts: a party (its role decides routing) and, for the audit trail, the user. */
export const ActorSchema = z.strictObject({
  partyId: z.string().min(1),
  role: PartyRoleSchema,
  userId: z.string().optional(),
});
export type Actor = z.infer<typeof ActorSchema>;

/**
 * One line of the append-only history; no personal data of the tenant. A lifecycle's state is
 * replayed from its lines alone (signal-history.ts), so a line carries what its event fixed:
 * the new owner and its role, the receipt's case context, the escalation's reason.
 */
export const HistoryEntrySchema = z.strictObject({
  seq: z.number().int().min(0),
  action: SignalHistoryActionSchema,
  at: InstantSchema,
  actorPartyId: z.string(),
  actorUserId: z.string().optional(),
  from: SignalStatusSchema.nullable(),
  to: SignalStatusSchema,
  /** ontvangen/doorsturen: the party that became owner. */
  toPartyId: z.string().optional(),
  /** ontvangen/doorsturen: the new owner's role (routing decided it then; a later table change does not rewrite it). */
  toRole: PartyRoleSchema.optional(),
  outcome: SignalOutcomeSchema.optional(),
  /** ontvangen: what routing knew of the case, and whether eviction was imminent (Wgs term). */
  caseContext: CaseContextSchema.optional(),
  evictionImminent: z.boolean().optional(),
  /** escaleren: the deadlines that lapsed and the reason the coordinator reads. */
  overdue: z.array(z.string()).optional(),
  reason: LocalizedSchema.optional(),
});
export type HistoryEntry = z.infer<typeof HistoryEntrySchema>;

/** The lifecycle of one delivery of a signal to one owner (plus the owners it is forwarded to). */
export const SignalStateSchema = z.strictObject({
  rulebook: z.string(),
  type: SignalTypeSchema,
  channel: SignalChannelSchema,
  senderPartyId: z.string(),
  ownerPartyId: z.string(),
  ownerRole: PartyRoleSchema,
  status: SignalStatusSchema,
  /** When the current owner received it: the acknowledgement term runs from here. */
  receivedAt: InstantSchema,
  /** First receipt by any owner: the Wgs first-contact term runs from here. */
  firstReceivedAt: InstantSchema,
  acknowledgedAt: InstantSchema.optional(),
  takenAt: InstantSchema.optional(),
  closedAt: InstantSchema.optional(),
  outcome: SignalOutcomeSchema.optional(),
  /** Wgs: eviction imminent (court stage vonnis/ontruimingsdatum) shortens the first-contact term. */
  evictionImminent: z.boolean(),
  caseContext: CaseContextSchema.optional(),
  history: z.array(HistoryEntrySchema),
});
export type SignalState = z.infer<typeof SignalStateSchema>;

export interface OpenSignalInput {
  rulebook: string;
  type: SignalState["type"];
  channel: SignalState["channel"];
  senderPartyId: string;
  recipient: { partyId: string; role: SignalState["ownerRole"] };
  receivedAt: Instant;
  evictionImminent?: boolean;
  caseContext?: SignalState["caseContext"];
}

/** The state of a signal just delivered to one recipient (status nieuw, history "ontvangen"). */
export function openSignalState(input: OpenSignalInput): SignalState {
  const receivedAt = parseOrThrow(InstantSchema, input.receivedAt, "receivedAt");
  return {
    rulebook: input.rulebook,
    type: input.type,
    channel: input.channel,
    senderPartyId: input.senderPartyId,
    ownerPartyId: input.recipient.partyId,
    ownerRole: input.recipient.role,
    status: "nieuw",
    receivedAt,
    firstReceivedAt: receivedAt,
    evictionImminent: input.evictionImminent ?? false,
    ...(input.caseContext ? { caseContext: input.caseContext } : {}),
    history: [
      {
        seq: 0,
        action: "ontvangen",
        at: receivedAt,
        actorPartyId: input.senderPartyId,
        from: null,
        to: "nieuw",
        toPartyId: input.recipient.partyId,
        toRole: input.recipient.role,
        ...(input.caseContext ? { caseContext: input.caseContext } : {}),
        ...(input.evictionImminent ? { evictionImminent: true } : {}),
      },
    ],
  };
}

function parseOrThrow<T extends z.ZodType>(schema: T, value: unknown, field: string): z.output<T> {
  const result = schema.safeParse(value);
  if (!result.success) throw invalidInput(result.error, field);
  return result.data;
}

export type ApplyResult =
  | { noop: false; state: SignalState; historyEntry: HistoryEntry }
  /** The same action already took effect (Teams retries invokes): nothing changes. */
  | { noop: true; state: SignalState; historyEntry: null; reason: Localized };

const sameEffect = (entry: HistoryEntry, action: SignalAction) =>
  entry.action === action.type &&
  (action.type !== "doorsturen" || entry.toPartyId === action.toPartyId) &&
  (action.type !== "afsluiten" || entry.outcome === action.outcome);

/** Entries from the moment the actor last became owner: a retry can only repeat those. */
export function currentOwnershipOf(state: SignalState, partyId: string): HistoryEntry[] {
  let start = -1;
  state.history.forEach((entry, index) => {
    if ((entry.action === "ontvangen" || entry.action === "doorsturen") && entry.toPartyId === partyId) start = index;
  });
  return start < 0 ? [] : state.history.slice(start + 1);
}

function invalidTransition(state: SignalStatus, action: SignalAction, extra_nl = "", extra_en = ""): DomainError {
  const allowed = allowedActions(state);
  const list = allowed.length ? allowed.join(", ") : "geen";
  const listEn = allowed.length ? allowed.join(", ") : "none";
  return new DomainError(
    "invalid_transition",
    `Actie '${action.type}' kan niet bij status '${state}'${extra_nl}. Mogelijk: ${list}.`,
    `Action '${action.type}' is not possible in status '${state}'${extra_en}. Possible: ${listEn}.`,
    [
      {
        field: "action",
        message_nl: `Niet mogelijk bij status '${state}'.`,
        message_en: `Not possible in status '${state}'.`,
      },
    ],
  );
}

/**
 * Applies an action as a pure step: returns the new state and the history line to append,
 * a no-op marker when the same action by the same party already took effect, or throws
 * DomainError invalid_transition (wrong status), not_allowed (not the owner; a forward that
 * routing does not allow) or invalid_input (an outcome not in the type's list).
 */
export function applyAction(state: SignalState, action: SignalAction, actor: Actor, at: Instant): ApplyResult {
  const parsedAction = parseOrThrow(SignalActionSchema, action, "action");
  const when = parseOrThrow(InstantSchema, at, "at");

  const earlier = currentOwnershipOf(state, actor.partyId).find((e) => sameEffect(e, parsedAction));
  if (earlier)
    return {
      noop: true,
      state,
      historyEntry: null,
      reason: t(
        `Al gedaan: '${parsedAction.type}' is op ${earlier.at} al verwerkt.`,
        `Already done: '${parsedAction.type}' was processed at ${earlier.at}.`,
      ),
    };

  // Acknowledgement already happened through oppakken: a stale "bevestigen" button changes nothing.
  if (parsedAction.type === "bevestigen" && actor.partyId === state.ownerPartyId && state.acknowledgedAt)
    return {
      noop: true,
      state,
      historyEntry: null,
      reason: t(`Al bevestigd op ${state.acknowledgedAt}.`, `Already acknowledged at ${state.acknowledgedAt}.`),
    };

  if (actor.partyId !== state.ownerPartyId)
    throw new DomainError(
      "not_allowed",
      `Alleen de eigenaar van het signaal ('${state.ownerPartyId}') kan '${parsedAction.type}' doen, niet '${actor.partyId}'.`,
      `Only the signal's owner ('${state.ownerPartyId}') can '${parsedAction.type}', not '${actor.partyId}'.`,
      [{ field: "actor.partyId", message_nl: "Niet de eigenaar.", message_en: "Not the owner." }],
    );

  const to = nextStatus(state.status, parsedAction.type);
  if (!to) {
    const closedWith =
      state.status === "afgesloten" && state.outcome
        ? [` (al afgesloten met '${state.outcome}')`, ` (already closed with '${state.outcome}')`]
        : ["", ""];
    throw invalidTransition(state.status, parsedAction, closedWith[0], closedWith[1]);
  }

  const entry: HistoryEntry = {
    seq: state.history.length,
    action: parsedAction.type,
    at: when,
    actorPartyId: actor.partyId,
    ...(actor.userId ? { actorUserId: actor.userId } : {}),
    from: state.status,
    to,
  };
  if (parsedAction.type === "afsluiten") {
    const outcomes = allowedOutcomes(state.type);
    if (!outcomes.includes(parsedAction.outcome))
      throw new DomainError(
        "invalid_input",
        `Uitkomst '${parsedAction.outcome}' (veld action.outcome) past niet bij een signaal '${state.type}'. Mogelijk: ${outcomes.join(", ")}.`,
        `Outcome '${parsedAction.outcome}' (field action.outcome) does not fit a '${state.type}' signal. Possible: ${outcomes.join(", ")}.`,
        [{ field: "action.outcome", message_nl: "Ongeldige uitkomst.", message_en: "Invalid outcome." }],
      );
    entry.outcome = parsedAction.outcome;
  }
  if (parsedAction.type === "doorsturen") {
    const recipient = forwardTarget(state, parsedAction.toPartyId);
    entry.toPartyId = recipient.partyId;
    entry.toRole = recipient.role;
  }
  return { noop: false, state: applyEntry(state, entry), historyEntry: entry };
}

/**
 * What one recorded line does to a lifecycle: the replay step, used both for a new action and
 * to derive the state from the stored history. It applies what the line says and decides
 * nothing (the decision was made when the line was written), so an old history still replays
 * after the routing or transition table changed.
 */
export function applyEntry(state: SignalState, entry: HistoryEntry): SignalState {
  let next: SignalState = { ...state, status: entry.to };
  switch (entry.action) {
    case "bevestigen":
      next.acknowledgedAt = entry.at;
      break;
    case "oppakken":
      next.acknowledgedAt = state.acknowledgedAt ?? entry.at;
      next.takenAt = entry.at;
      break;
    case "afsluiten":
      if (entry.outcome) next.outcome = entry.outcome;
      next.closedAt = entry.at;
      break;
    case "doorsturen": {
      // The new owner starts fresh: its own acknowledgement term from today.
      const { acknowledgedAt: _a, takenAt: _t, ...rest } = next;
      next = {
        ...rest,
        ownerPartyId: entry.toPartyId ?? state.ownerPartyId,
        ownerRole: entry.toRole ?? state.ownerRole,
        receivedAt: entry.at,
      };
      break;
    }
    case "ontvangen":
    case "escaleren":
      break;
  }
  next.history = [...state.history, entry];
  return next;
}

/**
 * Where the current owner may forward this signal: where routing lets it send this type
 * (e.g. KW Meldpunt -> regiehouder). Empty when routing allows nobody: then a card offers
 * no "Stuur door" at all.
 */
export function forwardTargets(state: SignalState): Recipient[] {
  try {
    return routeSignal({
      rulebook: state.rulebook,
      type: state.type,
      channel: state.channel,
      senderPartyId: state.ownerPartyId,
      senderRole: state.ownerRole,
      ...(state.caseContext ? { caseContext: state.caseContext } : {}),
    }).recipients;
  } catch (error) {
    if (!isDomainError(error)) throw error;
    return [];
  }
}

function forwardTarget(state: SignalState, toPartyId: string): Recipient {
  const recipients = forwardTargets(state);
  const recipient = recipients.find((r) => r.partyId === toPartyId);
  if (recipient) return recipient;
  const allowed = recipients.map((r) => r.partyId);
  throw new DomainError(
    "not_allowed",
    `Doorsturen naar '${toPartyId}' mag niet: ${state.ownerRole} mag een signaal '${state.type}' onder ${state.rulebook} alleen sturen naar ${allowed.join(", ") || "niemand"}.`,
    `Forwarding to '${toPartyId}' is not allowed: a ${state.ownerRole} may send a '${state.type}' signal under ${state.rulebook} only to ${allowed.join(", ") || "nobody"}.`,
    [{ field: "action.toPartyId", message_nl: "Geen toegestane ontvanger.", message_en: "Not an allowed recipient." }],
  );
}
