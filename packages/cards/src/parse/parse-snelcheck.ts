import type { IsoDate, Rulebook } from "@convenantbot/domain";
import { parseSnelcheckChecklist, snelcheckChecklistId } from "../cards/snelcheck-checklist.js";
import { INPUT_IDS } from "../cards/verbs.js";
import { specFromFact } from "../inputs/field-spec.js";
import { plainIssue, showValue, type FieldIssue } from "./field-issue.js";
import { parseFactValue, toIsoDate, type FactValue } from "./fact-value.js";

export interface SnelcheckSubmission {
  /** True when there are no issues and asOf is set: ready for the check. */
  ok: boolean;
  /** Only the facts that were given; unknown ones are absent, as the check expects. */
  facts: Record<string, FactValue>;
  asOf?: IsoDate;
  issues: FieldIssue[];
}

/** The input id of the snelcheck's as-of date (no fact has this name). */
export const AS_OF_INPUT_ID = INPUT_IDS.asOf;

/**
 * The snelcheck form's values (the invoke's `action.data`: the card's inputs merged with
 * `{ rulebook }`) to a facts object + asOf. Keys that are not facts of the rulebook (the
 * action's own data, client extras) are ignored: the card, not the user, chose the keys.
 */
export function parseSnelcheckSubmission(
  rulebook: Pick<Rulebook, "facts" | "questionGroups">,
  data: unknown,
): SnelcheckSubmission {
  if (typeof data !== "object" || data === null || Array.isArray(data)) {
    return { ok: false, facts: {}, issues: [plainIssue("data", "issue.notAnObject")] };
  }
  const values = data as Record<string, unknown>;
  const facts: Record<string, FactValue> = {};
  const issues: FieldIssue[] = [];
  for (const fact of rulebook.facts) {
    const parsed = parseFactValue(specFromFact(fact), values[fact.name]);
    if (parsed.kind === "value") facts[fact.name] = parsed.value;
    else if (parsed.kind === "invalid") issues.push(parsed.issue);
  }
  // A question group's checklist (the form in sections) answers its facts at once; a fact
  // sent on its own as well (the form without sections) keeps its own answer.
  for (const group of rulebook.questionGroups ?? []) {
    const id = snelcheckChecklistId(group.id);
    const checklist = parseSnelcheckChecklist(group.facts, values[id], id);
    if ("issue" in checklist) issues.push(checklist.issue);
    else for (const [fact, value] of Object.entries(checklist.values)) if (!(fact in facts)) facts[fact] = value;
  }
  const rawAsOf = values[AS_OF_INPUT_ID];
  let asOf: IsoDate | undefined;
  if (rawAsOf === undefined || rawAsOf === null || (typeof rawAsOf === "string" && rawAsOf.trim() === "")) {
    issues.push(plainIssue(AS_OF_INPUT_ID, "issue.asOfMissing"));
  } else {
    asOf = typeof rawAsOf === "string" ? toIsoDate(rawAsOf.trim()) : undefined;
    if (asOf === undefined) issues.push(plainIssue(AS_OF_INPUT_ID, "issue.asOf", { value: showValue(rawAsOf) }));
  }
  return { ok: issues.length === 0, facts, ...(asOf !== undefined ? { asOf } : {}), issues };
}
