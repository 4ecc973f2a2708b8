import type { PartyRole } from "../parties/party.js";
import type { FieldCategory } from "../signals/field-categories.js";
import { privacyTable } from "../signals/privacy-table.js";
import { candidateFieldCategories, type CandidateDetails, type CandidateField } from "./candidate-details.js";

/**
 * The categories a recipient role may see of a case: the rulebook's convenant row of the
 * same privacy table signals use (LV art. 10 lid 2 and 6, domain.md 5). Unknown: process only.
 */
export function caseVisibleCategories(rulebookId: string, recipientRole: PartyRole): readonly FieldCategory[] {
  return privacyTable[rulebookId]?.convenant[recipientRole] ?? ["process"];
}

export function visibleCandidateFields(rulebookId: string, recipientRole: PartyRole): CandidateField[] {
  const categories = caseVisibleCategories(rulebookId, recipientRole);
  return (Object.keys(candidateFieldCategories) as CandidateField[]).filter((f) =>
    categories.includes(candidateFieldCategories[f]),
  );
}

/** Built from an allow-list (never by deleting from a copy): an unclassified field cannot leak. */
export function redactCandidateFor(
  details: CandidateDetails,
  rulebookId: string,
  recipientRole: PartyRole,
): Partial<CandidateDetails> {
  const out: Record<string, unknown> = {};
  for (const field of visibleCandidateFields(rulebookId, recipientRole)) {
    const value = details[field];
    if (value !== undefined) out[field] = value;
  }
  return out as Partial<CandidateDetails>;
}

/** A note's own category decides who reads it, by the same table. */
export function mayReadNote(rulebookId: string, recipientRole: PartyRole, category: FieldCategory): boolean {
  return caseVisibleCategories(rulebookId, recipientRole).includes(category);
}
