import { z } from "zod";
import { DomainError, invalidInput } from "../common/domain-error.js";
import { IsoDateSchema, type IsoDate } from "../common/iso-date.js";
import { t, type Localized } from "../common/localized.js";
import { FieldCategorySchema } from "../signals/field-categories.js";
import { InstantSchema, dutchDateOf, type Instant } from "../signals/dutch-date.js";
import {
  CaseHistoryActionSchema,
  CaseRoleSchema,
  CaseStatusSchema,
  allowedCaseActions,
  caseTransitionTable,
  finalCaseStatuses,
  type CaseActionType,
  type CaseRole,
  type CaseStatus,
  type CaseTransition,
} from "./case-lifecycle-table.js";

const Reason = z.string().trim().min(1).max(1000);

/** One step on a case, as a card, the tab or the API sends it. */
export const CaseActionSchema = z.discriminatedUnion("type", [
  z.strictObject({ type: z.literal("indienen") }),
  z.strictObject({ type: z.literal("ontvangen") }),
  z.strictObject({ type: z.literal("oppakken") }),
  z.strictObject({ type: z.literal("aanbod_doen"), on: IsoDateSchema }),
  z.strictObject({ type: z.literal("aanvaarden") }),
  z.strictObject({ type: z.literal("weigeren"), reason: Reason }),
  z.strictObject({ type: z.literal("huurovereenkomst"), on: IsoDateSchema }),
  z.strictObject({ type: z.literal("evalueren"), on: IsoDateSchema, positive: z.boolean().optional() }),
  z.strictObject({ type: z.literal("afsluiten"), reason: Reason }),
  z.strictObject({ type: z.literal("intrekken"), reason: Reason }),
  z.strictObject({ type: z.literal("afwijzen"), reason: Reason }),
  z.strictObject({
    type: z.literal("toewijzen"),
    assigneeMemberId: z.string().min(1),
    assigneeName: z.string().min(1).max(200),
  }),
  z.strictObject({
    type: z.literal("notitie"),
    note: z.string().trim().min(1).max(2000),
    category: FieldCategorySchema,
  }),
  z.strictObject({ type: z.literal("kwetsbaarheid_vastleggen"), established: z.boolean() }),
  z.strictObject({ type: z.literal("overdragen"), toPartyId: z.string().min(1) }),
  z.strictObject({ type: z.literal("doorzetten") }),
  z.strictObject({ type: z.literal("woonbegeleiding_gestart"), on: IsoDateSchema }),
  z.strictObject({ type: z.literal("uitkering_huur_gestart"), on: IsoDateSchema }),
]);
export type CaseAction = z.infer<typeof CaseActionSchema>;

/**
 * One line of a case's append-only history. `details` holds the action's own fields
 * (reason, date, note with its privacy category); the view filter decides who sees a note.
 */
export const CaseHistoryEntrySchema = z.strictObject({
  seq: z.number().int().min(0),
  action: CaseHistoryActionSchema,
  at: InstantSchema,
  actorPartyId: z.string(),
  actorRole: CaseRoleSchema,
  actorMemberId: z.string().optional(),
  from: CaseStatusSchema.nullable(),
  to: CaseStatusSchema,
  /** The caller's key for this step (Teams retries invokes): the same key twice is one step. */
  actionKey: z.string().min(1).max(200).optional(),
  details: z.record(z.string(), z.unknown()).default({}),
});
export type CaseHistoryEntry = z.infer<typeof CaseHistoryEntrySchema>;

/** A party of a case and its part in it (from the hand-off routing). */
export const CaseParticipantSchema = z.strictObject({
  partyId: z.string(),
  caseRole: CaseRoleSchema,
  /** Chain position (LV noodwoning: Meldpunt 1, LIMOR 2, verhuurders 3); 1 receives at submit. */
  stage: z.number().int().min(1).default(1),
});
export type CaseParticipant = z.infer<typeof CaseParticipantSchema>;

export interface CaseActor {
  partyId: string;
  memberId?: string;
}

/** What the history says now: derived, never kept beside it. */
export interface CaseState {
  status: CaseStatus;
  submittedAt: Instant;
  /** Per party: the colleague it assigned the case to. */
  assignees: Record<string, { memberId: string; name: string }>;
  /** The landlord whose offer is current (aanbod_doen), and the one that placed. */
  offerPartyId?: string;
  offeredOn?: IsoDate;
  leaseStart?: IsoDate;
  agreementStart?: IsoDate;
  benefitStart?: IsoDate;
  lastEvaluation?: IsoDate;
  vulnerabilityEstablished?: boolean;
  regiehouderPartyId?: string;
  /** How far a staged chain has been released (doorzetten). */
  stage: number;
  reason?: string;
}

/** Replays the history; the last status-changing line decides the status. */
export function deriveCaseState(history: readonly CaseHistoryEntry[]): CaseState {
  const first = history[0];
  if (!first || first.action !== "indienen") throw new Error("a case history starts with indienen");
  const state: CaseState = { status: first.to, submittedAt: first.at, assignees: {}, stage: 1 };
  for (const entry of history) {
    state.status = entry.to;
    const d = entry.details as Record<string, unknown>;
    switch (entry.action) {
      case "aanbod_doen":
        state.offerPartyId = entry.actorPartyId;
        state.offeredOn = d["on"] as IsoDate;
        break;
      case "huurovereenkomst":
        state.leaseStart = d["on"] as IsoDate;
        break;
      case "evalueren":
        state.lastEvaluation = d["on"] as IsoDate;
        break;
      case "woonbegeleiding_gestart":
        state.agreementStart = d["on"] as IsoDate;
        break;
      case "uitkering_huur_gestart":
        state.benefitStart = d["on"] as IsoDate;
        break;
      case "toewijzen":
        state.assignees[entry.actorPartyId] = {
          memberId: String(d["assigneeMemberId"]),
          name: String(d["assigneeName"]),
        };
        break;
      case "kwetsbaarheid_vastleggen":
        state.vulnerabilityEstablished = d["established"] === true;
        break;
      case "overdragen":
        state.regiehouderPartyId = String(d["toPartyId"]);
        break;
      case "doorzetten":
        state.stage += 1;
        break;
      case "intrekken":
      case "afwijzen":
      case "afsluiten":
      case "weigeren":
        state.reason = String(d["reason"]);
        break;
      default:
        break;
    }
  }
  return state;
}

/** The case roles a party has; a party can be aanmelder and begeleider at once. */
export function caseRolesOf(
  partyId: string,
  senderPartyId: string,
  participants: readonly CaseParticipant[],
  stage = Number.POSITIVE_INFINITY,
): CaseRole[] {
  const roles = new Set<CaseRole>();
  if (partyId === senderPartyId) roles.add("aanmelder");
  for (const p of participants) if (p.partyId === partyId && p.stage <= stage) roles.add(p.caseRole);
  return [...roles];
}

export type CaseStepResult =
  | { noop: false; entry: CaseHistoryEntry; state: CaseState }
  /** The same step already took effect (retried invoke or a second click). */
  | { noop: true; entry: CaseHistoryEntry; state: CaseState; reason: Localized };

export interface CaseStepInput {
  history: readonly CaseHistoryEntry[];
  senderPartyId: string;
  participants: readonly CaseParticipant[];
  action: CaseAction;
  actor: CaseActor;
  at: Instant;
  actionKey?: string;
}

const label = (action: string) => action.replace(/_/g, " ");

function refused(status: CaseStatus | null, action: CaseActionType, roles: readonly CaseRole[]): DomainError {
  const possible = status ? allowedCaseActions(status, roles).map(label) : [];
  const where = status ? `bij status '${label(status)}'` : "op een zaak die nog niet bestaat";
  const whereEn = status ? `in status '${label(status)}'` : "on a case that does not exist yet";
  return new DomainError(
    "invalid_transition",
    `Stap '${label(action)}' kan niet ${where}. Mogelijk voor u: ${possible.join(", ") || "geen"}.`,
    `Step '${label(action)}' is not possible ${whereEn}. Possible for you: ${possible.join(", ") || "none"}.`,
    [{ field: "action", message_nl: `Niet mogelijk ${where}.`, message_en: `Not possible ${whereEn}.` }],
  );
}

function notYourStep(action: CaseActionType, row: CaseTransition, roles: readonly CaseRole[]): DomainError {
  const who = row.roles.join(", ");
  return new DomainError(
    "not_allowed",
    `Stap '${label(action)}' mag alleen door: ${who} (${row.article}). Uw rol in deze zaak: ${roles.join(", ") || "geen"}.`,
    `Step '${label(action)}' may only be taken by: ${who} (${row.article}). Your role in this case: ${roles.join(", ") || "none"}.`,
    [{ field: "actor", message_nl: "Niet uw stap.", message_en: "Not your step." }],
  );
}

function parseOrThrow<T extends z.ZodType>(schema: T, value: unknown, field: string): z.output<T> {
  const result = schema.safeParse(value);
  if (!result.success) throw invalidInput(result.error, field);
  return result.data;
}

/**
 * Decides one step as a pure function: the history line to append, a no-op when the same
 * step already happened (same action key, or the same party repeating the step that made the
 * current status), or a DomainError (invalid_transition, not_allowed, invalid_input) that
 * changes nothing.
 */
export function decideCaseStep(input: CaseStepInput): CaseStepResult {
  const action = parseOrThrow(CaseActionSchema, input.action, "action");
  const at = parseOrThrow(InstantSchema, input.at, "at");
  const history = input.history;
  const state = history.length > 0 ? deriveCaseState(history) : undefined;
  const status = state?.status ?? null;

  if (input.actionKey) {
    const earlier = history.find((e) => e.actionKey === input.actionKey);
    if (earlier && state)
      return {
        noop: true,
        entry: earlier,
        state,
        reason: t(`Al verwerkt op ${earlier.at}.`, `Already processed at ${earlier.at}.`),
      };
  }
  const last = history.at(-1);
  if (
    last &&
    state &&
    last.action === action.type &&
    last.actorPartyId === input.actor.partyId &&
    last.from !== last.to &&
    sameDetails(last, action)
  )
    return {
      noop: true,
      entry: last,
      state,
      reason: t(
        `Al gedaan: '${label(action.type)}' is op ${last.at} verwerkt.`,
        `Already done: '${label(action.type)}' was processed at ${last.at}.`,
      ),
    };

  // Assigning to the colleague who already has it is the same assignment (a second click).
  const current = action.type === "toewijzen" && state ? state.assignees[input.actor.partyId] : undefined;
  if (action.type === "toewijzen" && current?.memberId === action.assigneeMemberId && state) {
    const earlier = [...history]
      .reverse()
      .find((e) => e.action === "toewijzen" && e.actorPartyId === input.actor.partyId)!;
    return {
      noop: true,
      entry: earlier,
      state,
      reason: t(`Al toegewezen aan ${current.name}.`, `Already assigned to ${current.name}.`),
    };
  }
  const roles = caseRolesOf(input.actor.partyId, input.senderPartyId, input.participants, state?.stage);
  const rows = caseTransitionTable.filter(
    (r) => r.action === action.type && (status === null ? r.from.length === 0 : r.from.includes(status)),
  );
  if (rows.length === 0) {
    if (status && finalCaseStatuses.includes(status))
      throw new DomainError(
        "invalid_transition",
        `De zaak is ${label(status)}; alleen een notitie is nog mogelijk.`,
        `The case is ${label(status)}; only a note is still possible.`,
        [{ field: "action", message_nl: "Zaak is afgerond.", message_en: "Case is finished." }],
      );
    throw refused(status, action.type, roles);
  }
  const row = rows.find((r) => r.roles.some((role) => roles.includes(role)));
  if (!row) throw notYourStep(action.type, rows[0]!, roles);
  const actorRole = row.roles.find((role) => roles.includes(role))!;

  // The landlord that made the accepted offer is the one that signs the lease (LV art. 4 lid 5, 9).
  if (action.type === "huurovereenkomst" && state?.offerPartyId && state.offerPartyId !== input.actor.partyId)
    throw new DomainError(
      "not_allowed",
      "Alleen de verhuurder die het aanvaarde aanbod deed, legt de huurovereenkomst vast.",
      "Only the landlord that made the accepted offer records the lease.",
      [{ field: "actor", message_nl: "Niet de aanbiedende verhuurder.", message_en: "Not the offering landlord." }],
    );
  if ("on" in action && state && action.on < dutchDateOf(state.submittedAt))
    throw new DomainError(
      "invalid_input",
      `De datum ${action.on} (veld on) ligt vóór de aanmelding (${dutchDateOf(state.submittedAt)}).`,
      `The date ${action.on} (field on) is before the aanmelding (${dutchDateOf(state.submittedAt)}).`,
      [{ field: "on", message_nl: "Vóór de aanmelding.", message_en: "Before the aanmelding." }],
    );

  const { type: _type, ...details } = action;
  const entry: CaseHistoryEntry = {
    seq: history.length,
    action: action.type,
    at,
    actorPartyId: input.actor.partyId,
    actorRole,
    ...(input.actor.memberId ? { actorMemberId: input.actor.memberId } : {}),
    from: status,
    to: row.to === "=" ? (status as CaseStatus) : row.to,
    ...(input.actionKey ? { actionKey: input.actionKey } : {}),
    details,
  };
  return { noop: false, entry, state: deriveCaseState([...history, entry]) };
}

function sameDetails(entry: CaseHistoryEntry, action: CaseAction): boolean {
  const { type: _type, ...details } = action;
  return JSON.stringify(Object.entries(entry.details).sort()) === JSON.stringify(Object.entries(details).sort());
}
