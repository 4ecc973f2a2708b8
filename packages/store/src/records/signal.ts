import {
  HistoryEntrySchema,
  IsoDateSchema,
  SignalHistoryActionSchema,
  SignalHistoryLineSchema,
  SignalChannelSchema,
  SignalOutcomeSchema,
  SignalStatusSchema,
  SignalTypeSchema,
  type SignalChannel,
  type SignalHistoryLine,
  type SignalOutcome,
  type SignalStatus,
  type SignalType,
} from "@convenantbot/domain";
import { z } from "zod";
import { JsonObjectSchema, PartyIdSchema, UuidSchema } from "./common.js";

/**
 * Statuses that end a signal's life: they set closed_at. `doorgestuurd` is not one: the
 * domain decides a forwarded signal lives on with its new owner (signals/lifecycle-table).
 */
export const closedSignalStatuses: readonly SignalStatus[] = ["afgesloten"];

/**
 * A signal to store. Types, statuses, channels and outcomes are the domain's enums; which
 * payload, routing and transition a rulebook allows is decided by the domain before this.
 * The store checks shape and integrity.
 */
export const SignalCreateSchema = z.strictObject({
  id: UuidSchema.optional(),
  type: SignalTypeSchema,
  /** The convenant's own exchange, or the statutory Wgs vroegsignalering channel. */
  channel: SignalChannelSchema.default("convenant"),
  rulebook: z.string().min(1),
  senderPartyId: PartyIdSchema,
  recipientPartyIds: z.array(PartyIdSchema).min(1),
  payload: JsonObjectSchema,
  /** Without `history`: the status of the one lifecycle the store opens (for the owner, else the first recipient). */
  status: SignalStatusSchema.default("nieuw"),
  ownerPartyId: PartyIdSchema.optional(),
  ownerMemberId: UuidSchema.optional(),
  dueDate: IsoDateSchema.optional(),
  idempotencyKey: z.string().min(1).max(200),
  aanmeldingId: UuidSchema.optional(),
  /**
   * The domain's receipt lines (signals/signal-history.ts), one lifecycle per recipient, the
   * primary first. The signal's status, owner and outcome are derived from them.
   */
  history: z.array(SignalHistoryLineSchema).min(1).optional(),
  /** Give the signal a short kenmerk with this prefix ("HA" → "HA-2026-0012"), numbered per year. */
  kenmerkPrefix: z
    .string()
    .regex(/^[A-Z]{2,4}$/)
    .optional(),
  /** The sender's own dossier number (the domain's parseOwnReference decided it); only the sending party sees it. */
  ownReference: z.string().trim().min(1).max(40).optional(),
});
export type SignalCreate = z.input<typeof SignalCreateSchema>;

/**
 * One line appended to a signal's history. The domain gives its `line` (service, escalation);
 * without one the store writes the line from `to`, `action`, `outcome` and `ownerPartyId`
 * (the new owner). Either way the signal's status is derived from the history afterwards.
 */
export const SignalTransitionSchema = z
  .strictObject({
    /** The lifecycle (the recipient it was first delivered to); default the primary one. */
    lifecycle: PartyIdSchema.optional(),
    line: HistoryEntrySchema.optional(),
    to: SignalStatusSchema.optional(),
    /** Optimistic concurrency: refuse when the lifecycle is no longer in this status. */
    expectedStatus: SignalStatusSchema.optional(),
    /** Optimistic concurrency: refuse when the signal changed since it was read. */
    expectedUpdatedAt: z.string().optional(),
    /** The domain's action (bevestigen, oppakken, doorsturen, afsluiten, escaleren). */
    action: SignalHistoryActionSchema.optional(),
    /** The outcome a signal is closed with (domain outcomesByType decides which are allowed). */
    outcome: SignalOutcomeSchema.optional(),
    note: z.string().max(2000).optional(),
    /** The party that becomes owner (doorsturen). */
    ownerPartyId: PartyIdSchema.nullable().optional(),
    ownerMemberId: UuidSchema.nullable().optional(),
  })
  .refine((t) => t.line !== undefined || (t.to !== undefined && t.action !== undefined), {
    message: "give the domain's line, or to and action",
  });
export type SignalTransition = z.input<typeof SignalTransitionSchema>;

export interface StoredSignal {
  id: string;
  type: SignalType;
  channel: SignalChannel;
  rulebook: string;
  senderPartyId: string;
  recipientPartyIds: string[];
  payload: Record<string, unknown>;
  status: SignalStatus;
  outcome: SignalOutcome | null;
  ownerPartyId: string | null;
  ownerMemberId: string | null;
  dueDate: string | null;
  idempotencyKey: string;
  aanmeldingId: string | null;
  /** Short human handle ("HA-2026-0012"); null for signals stored before kenmerken existed. */
  kenmerk: string | null;
  /** The sender's own dossier number: show it only where mayReadOwnReference allows. */
  ownReference: string | null;
  createdAt: string;
  updatedAt: string;
  closedAt: string | null;
  /** The one append-only history, in order: every lifecycle's lines (status is derived from it). */
  history: SignalHistoryLine[];
}

export interface StoredSignalHistoryEntry {
  id: number;
  signalId: string;
  lifecycle: string;
  seq: number;
  at: string;
  /** Audit id of who wrote the line (member:…, api:…, system:…). */
  actor: string;
  actorPartyId: string;
  fromStatus: SignalStatus | null;
  toStatus: SignalStatus;
  action: string;
  note: string | null;
  details: Record<string, unknown>;
}

export const signalLabel = { nl: "signaal", en: "signal" };
