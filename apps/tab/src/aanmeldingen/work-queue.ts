import type { AanmeldingRow } from "@convenantbot/contract";

/** The work queue's filters: "nieuwe voordrachten", "termijnen deze week", "aan mij toegewezen". */
export type QueueFilter = "all" | "new" | "due" | "mine";
export const queueFilters: readonly QueueFilter[] = ["all", "new", "due", "mine"];

export function filterQueue(rows: readonly AanmeldingRow[], filter: QueueFilter): AanmeldingRow[] {
  switch (filter) {
    case "all":
      return [...rows];
    case "new":
      return rows.filter((r) => r.newVoordracht === true);
    case "due":
      return rows.filter((r) => (r.termsDueThisWeek?.length ?? 0) > 0);
    case "mine":
      return rows.filter((r) => r.assignedToMe === true);
  }
}

/** Steps the queue offers as one click (no input needed); the rest stay on the card. */
export const oneClickSteps = ["oppakken", "ontvangen", "aanvaarden", "doorzetten"] as const;
export type OneClickStep = (typeof oneClickSteps)[number];

export function queueSteps(row: AanmeldingRow): { oneClick: OneClickStep[]; assignMe: boolean; note: boolean } {
  const allowed = new Set(row.caseActions ?? []);
  return {
    oneClick: oneClickSteps.filter((s) => allowed.has(s)),
    assignMe: allowed.has("toewijzen") && row.assignedToMe !== true,
    note: allowed.has("notitie"),
  };
}

/** What the queue calls a case: its kenmerk, else the id's first eight characters. */
export const caseHandle = (row: Pick<AanmeldingRow, "id" | "kenmerk">): string => row.kenmerk ?? row.id.slice(0, 8);
