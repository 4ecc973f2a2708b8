import { DomainError } from "../common/domain-error.js";
import type { IsoDate } from "../common/iso-date.js";
import type { Party } from "../parties/party.js";
import { latestRulebookVersion, resolveRulebook } from "../rulebooks/registry.js";
import type { Rulebook } from "../rulebooks/rulebook.js";

/**
 * The rulebook a signal falls under: the version in force on `asOf`, or the latest version.
 * Looked up at call time so parties added to a rulebook's directory take effect at once.
 */
export function signalRulebook(rulebookId: string, asOf?: IsoDate): Rulebook {
  const latest = latestRulebookVersion(rulebookId);
  // resolveRulebook gives the shared bilingual unknown_rulebook / rulebook_not_valid errors.
  return resolveRulebook(rulebookId, asOf ?? latest?.validity.from ?? "2000-01-01");
}

export function findParty(rulebook: Rulebook, partyId: string): Party | undefined {
  return rulebook.parties.find((p) => p.id === partyId);
}

/** A party the case names must be in the convenant's directory: data flows only between its parties. */
export function requireParty(rulebook: Rulebook, partyId: string, field: string): Party {
  const party = findParty(rulebook, partyId);
  if (party) return party;
  throw new DomainError(
    "invalid_input",
    `Partij '${partyId}' (veld ${field}) staat niet in de partijenlijst van ${rulebook.id}; alleen convenantpartijen ontvangen signalen.`,
    `Party '${partyId}' (field ${field}) is not in the party list of ${rulebook.id}; only convenant parties receive signals.`,
    [{ field, message_nl: `Onbekende partij '${partyId}'.`, message_en: `Unknown party '${partyId}'.` }],
  );
}
