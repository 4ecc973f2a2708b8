import type { Localized } from "../common/localized.js";
import type { Party, SupportProposal } from "./party.js";

/** Builds a proposal from the rulebook's own party directory; an unknown id is a programming error. */
export function proposal(parties: readonly Party[], partyId: string, reason: Localized): SupportProposal {
  const party = parties.find((p) => p.id === partyId);
  if (!party) throw new Error(`unknown party ${partyId}`);
  return { partyId: party.id, partyName: party.name, role: party.role, reason };
}
