import type { Localized } from "../common/localized.js";
import type { Party, PartyRole } from "../parties/party.js";
import { noodwoningOfferLandlords } from "../rulebooks/lv-noodwoning-2025/offer-landlords.js";
import type { Rulebook } from "../rulebooks/rulebook.js";
import type { CaseRole } from "./case-lifecycle-table.js";
import { handoffTable, type FactCondition, type HandoffSelector } from "./handoff-table.js";

export interface CaseRecipient {
  partyId: string;
  partyName: string;
  partyRole: PartyRole;
  caseRole: CaseRole;
  stage: number;
  ruleId: string;
  article: string;
  reason: Localized;
  assumed?: string;
}

export interface HandoffInput {
  rulebook: Rulebook;
  facts: Readonly<Record<string, unknown>>;
  senderPartyId: string;
  supportPartyId?: string | null;
}

function holds(condition: FactCondition, facts: Readonly<Record<string, unknown>>): boolean {
  const value = facts[condition.fact];
  if (condition.absent) return value === undefined || value === null || value === "";
  return value === condition.equals;
}

function select(selector: HandoffSelector, input: HandoffInput): Party[] {
  const parties = input.rulebook.parties;
  switch (selector.kind) {
    case "parties":
      return selector.ids.map((id) => parties.find((p) => p.id === id)).filter((p): p is Party => p !== undefined);
    case "role":
      return parties.filter((p) => p.role === selector.role);
    case "support": {
      const support = parties.find((p) => p.id === input.supportPartyId);
      return support && selector.roles.includes(support.role) ? [support] : [];
    }
    case "noodwoning_landlords": {
      const evicting = input.facts["evictingLandlord"];
      return noodwoningOfferLandlords(typeof evicting === "string" ? evicting : undefined);
    }
  }
}

/**
 * Who receives a submitted aanmelding, with the article for each: the rows of handoffTable
 * that apply, merged per party (lowest stage wins). The sender's own party is not a
 * recipient: it keeps its own copy as sender.
 */
export function routeCase(input: HandoffInput): CaseRecipient[] {
  const byParty = new Map<string, CaseRecipient>();
  for (const rule of handoffTable) {
    if (!rule.rulebooks.includes(input.rulebook.id)) continue;
    if (!(rule.when ?? []).every((c) => holds(c, input.facts))) continue;
    for (const party of select(rule.to, input)) {
      // The sender keeps its own copy; it is a recipient only in the begeleider's part it chose itself.
      if (party.id === input.senderPartyId && rule.to.kind !== "support") continue;
      const existing = byParty.get(party.id);
      if (existing && existing.stage <= rule.stage) continue;
      byParty.set(party.id, {
        partyId: party.id,
        partyName: party.name,
        partyRole: party.role,
        caseRole: rule.caseRole,
        stage: rule.stage,
        ruleId: rule.id,
        article: rule.article,
        reason: rule.reason,
        ...(rule.assumed ? { assumed: rule.assumed } : {}),
      });
    }
  }
  return [...byParty.values()].sort((a, b) => a.stage - b.stage);
}
