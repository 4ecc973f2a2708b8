import {
  SignalSchema,
  deriveSignalStates,
  type Signal,
  type SignalState,
  type SignalStates,
} from "@convenantbot/domain";
import type { StoredSignal } from "@convenantbot/store";

export { SignalStatesSchema, type SignalStates } from "@convenantbot/domain";

/**
 * How a signal lives in the store: the payload is the full signal as sent (the sender's own
 * data; every other reader gets the domain's redacted view), and its one history holds every
 * recipient's lifecycle (the domain opens one per recipient; forwarding moves it).
 */
export function signalOf(stored: StoredSignal): Signal {
  return SignalSchema.parse(stored.payload);
}

/** Every lifecycle, replayed from the signal's history (the only place they are kept). */
export function statesOf(
  stored: Pick<StoredSignal, "rulebook" | "type" | "channel" | "senderPartyId" | "history">,
): SignalStates {
  return deriveSignalStates(
    { rulebook: stored.rulebook, type: stored.type, channel: stored.channel, senderPartyId: stored.senderPartyId },
    stored.history,
  );
}

/** The lifecycle a party acts in: the one it currently owns (after forwards too). */
export function lifecycleOwnedBy(
  states: SignalStates,
  partyId: string,
): { key: string; state: SignalState } | undefined {
  for (const [key, state] of Object.entries(states.byRecipient))
    if (state.ownerPartyId === partyId) return { key, state };
  return undefined;
}

/** Who may see a signal at all: its sender and every party that received or owns a lifecycle of it. */
export function partiesInvolved(stored: StoredSignal, states: SignalStates): Set<string> {
  const parties = new Set<string>([stored.senderPartyId, ...stored.recipientPartyIds]);
  for (const state of Object.values(states.byRecipient)) parties.add(state.ownerPartyId);
  return parties;
}
