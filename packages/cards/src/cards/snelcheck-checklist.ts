import { plainIssue, type FieldIssue } from "../parse/field-issue.js";
import { CHECKLIST_NONE, parseChecklist } from "./checklist-input.js";

/** The input id of a question group's checklist on the snelcheck form (no fact has a dash). */
export function snelcheckChecklistId(groupId: string): string {
  return `checklist-${groupId}`;
}

/**
 * What the checklist shows ticked: the raw value sent back (the form shown again after an
 * error), else the facts already true, or "Geen van deze" when all of them are false. A
 * partly known group shows what is true; an untouched one stays empty (unknown).
 */
export function checklistPrefill(
  facts: readonly string[],
  prefill: Readonly<Record<string, unknown>> | undefined,
  id: string,
): { value?: string } {
  const raw = prefill?.[id];
  if (typeof raw === "string" && raw !== "") return { value: raw };
  const ticked = facts.filter((f) => prefill?.[f] === true);
  if (ticked.length > 0) return { value: ticked.join(",") };
  return facts.length > 0 && facts.every((f) => prefill?.[f] === false) ? { value: CHECKLIST_NONE } : {};
}

export type SnelcheckChecklist = { values: Record<string, boolean> } | { issue: FieldIssue };

/**
 * The snelcheck's checklist value: left empty, every fact stays unknown (absent); otherwise as
 * in the intake, the ticked facts are true and the others false ("Geen van deze": all false).
 */
export function parseSnelcheckChecklist(facts: readonly string[], raw: unknown, id: string): SnelcheckChecklist {
  const empty =
    raw === undefined ||
    raw === null ||
    (typeof raw === "string" && raw.trim() === "") ||
    (Array.isArray(raw) && raw.length === 0);
  if (empty) return { values: {} };
  const parsed = parseChecklist(facts, raw, "nl");
  if (parsed.status === "answered") return { values: parsed.values };
  const ticked = Array.isArray(raw) ? raw.map(String) : String(raw).split(",");
  const conflict = ticked.includes(CHECKLIST_NONE) && ticked.some((v) => v.trim() !== CHECKLIST_NONE);
  return { issue: plainIssue(id, conflict ? "keep.groupConflict" : "keep.groupError") };
}
