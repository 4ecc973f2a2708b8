import {
  IsoDateSchema,
  SignalChannelSchema,
  SignalOutcomeSchema,
  SignalStatusSchema,
  SignalTypeSchema,
  type SignalChannel,
  type SignalOutcome,
  type SignalStatus,
  type SignalType,
} from "@convenantbot/domain";
import { z } from "zod";
import { ActionSchema, JsonObjectSchema, PartyIdSchema, UuidSchema } from "./common.js";

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
  status: SignalStatusSchema.default("nieuw"),
  ownerPartyId: PartyIdSchema.optional(),
  ownerMemberId: UuidSchema.optional(),
  dueDate: IsoDateSchema.optional(),
  idempotencyKey: z.string().min(1).max(200),
  aanmeldingId: UuidSchema.optional(),
  /** The domain's lifecycle state (signals/lifecycle.ts), stored as the domain made it. */
  state: JsonObjectSchema.optional(),
  /** Give the signal a short kenmerk with this prefix ("HA" → "HA-2026-0012"), numbered per year. */
  kenmerkPrefix: z.string().regex(/^[A-Z]{2,4}$/).optional(),
});
export type SignalCreate = z.input<typeof SignalCreateSchema>;

export const SignalTransitionSchema = z.strictObject({
  to: SignalStatusSchema,
  /** Optimistic concurrency: refuse when the signal is no longer in this status. */
  expectedStatus: SignalStatusSchema.optional(),
  /** Optimistic concurrency: refuse when the signal changed since it was read. */
  expectedUpdatedAt: z.string().optional(),
  /** The domain's action (bevestigen, oppakken, doorsturen, afsluiten) or another lower-case verb. */
  action: ActionSchema,
  /** The outcome a signal is closed with (domain outcomesByType decides which are allowed). */
  outcome: SignalOutcomeSchema.optional(),
  note: z.string().max(2000).optional(),
  ownerPartyId: PartyIdSchema.nullable().optional(),
  ownerMemberId: UuidSchema.nullable().optional(),
  state: JsonObjectSchema.optional(),
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
  createdAt: string;
  updatedAt: string;
  closedAt: string | null;
  state: Record<string, unknown> | null;
}

export interface StoredSignalHistoryEntry {
  id: number;
  signalId: string;
  at: string;
  actor: string;
  fromStatus: SignalStatus | null;
  toStatus: SignalStatus;
  action: string;
  note: string | null;
}

export const signalLabel = { nl: "signaal", en: "signal" };
