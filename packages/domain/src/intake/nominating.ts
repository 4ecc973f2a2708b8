import { z } from "zod";
import { PartyRoleSchema, type PartyRole } from "../parties/party.js";
import { listRulebooks } from "../rulebooks/registry.js";
import type { Rulebook } from "../rulebooks/rulebook.js";

/** `nominatingRoles` in a rulebook's parameters: who may start an aanmelding (LV art. 4 lid 1, art. 6). */
const NominatingRolesSchema = z.array(PartyRoleSchema).min(1);

/** The roles that may nominate under a rulebook; undefined when the rulebook sets no limit. */
export function nominatingRoles(rulebook: Rulebook): readonly PartyRole[] | undefined {
  const raw = rulebook.parameters["nominatingRoles"];
  if (raw === undefined) return undefined;
  return NominatingRolesSchema.parse(raw);
}

/** Whether a caseworker of this role may start an aanmelding under the rulebook. */
export function mayNominate(rulebook: Rulebook, role: PartyRole): boolean {
  const roles = nominatingRoles(rulebook);
  return roles === undefined || roles.includes(role);
}

/** Rulebooks whose party directory includes the party (its region and convenanten, inferred). */
export function rulebooksOfParty(partyId: string): Rulebook[] {
  return listRulebooks().filter((r) => r.parties.some((p) => p.id === partyId));
}

/**
 * The rulebooks a caseworker may start an aanmelding under: those of their own party, or every
 * rulebook when the party is in no directory (a new partner), limited by `nominatingRoles`.
 */
export function rulebooksToNominateUnder(partyId: string, role: PartyRole): Rulebook[] {
  const own = rulebooksOfParty(partyId);
  return (own.length > 0 ? own : [...listRulebooks()]).filter((r) => mayNominate(r, role));
}
