import type { AanmeldingRow, TrackedDeadline } from "../api/contract";

/** The deadline to look at first: overdue ones before running ones, then the earliest date. */
export function nextDeadline(row: Pick<AanmeldingRow, "deadlines">): TrackedDeadline | undefined {
  return row.deadlines
    .filter((d) => d.metOn === undefined && d.kind !== "at_least")
    .sort((a, b) => Number(b.overdue) - Number(a.overdue) || a.due.localeCompare(b.due))[0];
}

export type DeadlineState = "overdue" | "met" | "open";

export function deadlineState(deadline: TrackedDeadline): DeadlineState {
  return deadline.overdue ? "overdue" : deadline.metOn !== undefined ? "met" : "open";
}
