import { z } from "zod";
import { SignalSchema, SignalStateSchema, type Signal, type SignalState } from "@convenantbot/domain";
import type { StoredSignal } from "@convenantbot/store";

/**
 * How a signal lives in the store: the payload is the full signal as sent (the sender's own
 * data; every other reader gets the domain's redacted view), and `state` holds one domain
 * lifecycle per recipient (the domain opens one per recipient; forwarding moves it).
 */
export const SignalStatesSchema = z.strictObject({ byRecipient: z.record(z.string(), SignalStateSchema) });
export type SignalStates = z.infer<typeof SignalStatesSchema>;

export function signalOf(stored: StoredSignal): Signal {
  return SignalSchema.parse(stored.payload);
}

export function statesOf(stored: StoredSignal): SignalStates {
  return SignalStatesSchema.parse(stored.state ?? { byRecipient: {} });
}

/** The lifecycle a party acts in: the one it currently owns (after forwards too). */
export function lifecycleOwnedBy(states: SignalStates, partyId: string): { key: string; state: SignalState } | undefined {
  for (const [key, state] of Object.entries(states.byRecipient)) if (state.ownerPartyId === partyId) return { key, state };
  return undefined;
}

/** Who may see a signal at all: its sender and every party that received or owns a lifecycle of it. */
export function partiesInvolved(stored: StoredSignal, states: SignalStates): Set<string> {
  const parties = new Set<string>([stored.senderPartyId, ...stored.recipientPartyIds]);
  for (const state of Object.values(states.byRecipient)) parties.add(state.ownerPartyId);
  return parties;
}
