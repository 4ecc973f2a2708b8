import { z } from "zod";
import type { IsoDate } from "../common/iso-date.js";
import type { SignalOutcome } from "./outcomes.js";
import {
  currentOwnershipOf,
  HistoryEntrySchema,
  SignalStateSchema,
  applyEntry,
  type HistoryEntry,
  type SignalState,
} from "./lifecycle.js";
import type { SignalStatus } from "./lifecycle-table.js";
import type { SignalSettings } from "./settings.js";
import { escalationTarget } from "./signal-deadlines.js";
import type { SignalChannel, SignalType } from "./signal-type.js";
import type { Instant } from "./dutch-date.js";

/**
 * A signal has one append-only history: every line of every lifecycle (one per recipient, each
 * moving on with its owner when forwarded), the bot's escalations included. `lifecycle` names
 * the recipient the lifecycle was first delivered to. Status, owner, terms and escalation are
 * derived from these lines; nothing else holds them.
 */
export const SignalHistoryLineSchema = z.strictObject({ lifecycle: z.string().min(1), entry: HistoryEntrySchema });
export type SignalHistoryLine = z.infer<typeof SignalHistoryLineSchema>;

/** Every lifecycle of one signal, by the recipient it was first delivered to. */
export const SignalStatesSchema = z.strictObject({ byRecipient: z.record(z.string(), SignalStateSchema) });
export type SignalStates = z.infer<typeof SignalStatesSchema>;

/** What a signal is, fixed at submit (the row, not the history). */
export interface SignalFacts {
  rulebook: string;
  type: SignalType;
  channel: SignalChannel;
  senderPartyId: string;
}

/** The receipt lines of just-opened lifecycles, in routing order (the first is the primary one). */
export function openingLines(opened: readonly { key: string; state: SignalState }[]): SignalHistoryLine[] {
  return opened.flatMap(({ key, state }) => state.history.map((entry) => ({ lifecycle: key, entry })));
}

/** Replays the history into the lifecycles. Throws on a history that does not start a lifecycle with its receipt. */
export function deriveSignalStates(facts: SignalFacts, lines: readonly SignalHistoryLine[]): SignalStates {
  const byRecipient: Record<string, SignalState> = {};
  for (const { lifecycle, entry } of lines) {
    const current = byRecipient[lifecycle];
    if (current) {
      byRecipient[lifecycle] = applyEntry(current, entry);
      continue;
    }
    if (entry.action !== "ontvangen" || !entry.toPartyId || !entry.toRole)
      throw new Error(
        `signal history: lifecycle '${lifecycle}' starts with '${entry.action}', not with a receipt naming its owner and role`,
      );
    byRecipient[lifecycle] = {
      ...facts,
      ownerPartyId: entry.toPartyId,
      ownerRole: entry.toRole,
      status: entry.to,
      receivedAt: entry.at,
      firstReceivedAt: entry.at,
      evictionImminent: entry.evictionImminent ?? false,
      ...(entry.caseContext ? { caseContext: entry.caseContext } : {}),
      history: [entry],
    };
  }
  return { byRecipient };
}

/** The signal as one record (lists, filters, the row's index columns): its primary lifecycle. */
export interface SignalStatusSummary {
  /** The lifecycle of the first line: routing's first recipient. */
  primary: string | null;
  status: SignalStatus;
  ownerPartyId: string | null;
  outcome: SignalOutcome | null;
  closedAt: Instant | null;
}

/**
 * Status, owner and outcome of the primary lifecycle from the lines alone (no roles needed):
 * the last line decides the status, the last line naming a party decides the owner.
 */
export function signalStatusOf(lines: readonly SignalHistoryLine[]): SignalStatusSummary {
  const primary = lines[0]?.lifecycle ?? null;
  const summary: SignalStatusSummary = { primary, status: "nieuw", ownerPartyId: null, outcome: null, closedAt: null };
  for (const { lifecycle, entry } of lines) {
    if (lifecycle !== primary) continue;
    summary.status = entry.to;
    if (entry.toPartyId) summary.ownerPartyId = entry.toPartyId;
    if (entry.action === "afsluiten") {
      summary.outcome = entry.outcome ?? null;
      summary.closedAt = entry.at;
    }
  }
  if (summary.status !== "afgesloten") summary.closedAt = null;
  return summary;
}

/**
 * The escalation line for a lifecycle whose term lapsed (signal-deadlines.ts decides that), or
 * null: nothing overdue, or this owner's term was escalated already. Once per owner: a forward
 * starts a new owner with a new term (and so, possibly, a new escalation).
 */
export function escalationEntry(
  state: SignalState,
  today: IsoDate,
  at: Instant,
  settings?: Partial<SignalSettings>,
): HistoryEntry | null {
  const target = escalationTarget(state, today, settings);
  if (!target) return null;
  if (currentOwnershipOf(state, state.ownerPartyId).some((e) => e.action === "escaleren")) return null;
  return {
    seq: state.history.length,
    action: "escaleren",
    at,
    actorPartyId: target.partyId,
    from: state.status,
    to: state.status,
    overdue: target.overdue.map((d) => d.code),
    reason: target.reason,
  };
}
