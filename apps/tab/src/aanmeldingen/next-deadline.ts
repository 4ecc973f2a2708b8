import type { AanmeldingRow, TrackedDeadline } from "@convenantbot/contract";

/** How urgent a deadline's state is: a lapsed hard term first, then a passed target date. */
const urgency = (d: TrackedDeadline) => (d.overdue ? (d.kind === "target" ? 1 : 2) : 0);

/** The deadline to look at first: lapsed ones before passed targets before running ones, then the earliest date. */
export function nextDeadline(row: Pick<AanmeldingRow, "deadlines">): TrackedDeadline | undefined {
  return row.deadlines
    .filter((d) => d.metOn === undefined && d.kind !== "at_least")
    .sort((a, b) => urgency(b) - urgency(a) || a.due.localeCompare(b.due))[0];
}

/**
 * "target_passed": a "zo mogelijk vóór" date went by (LV art. 5 lid 4: "indien mogelijk binnen
 * drie maanden"); the seed makes that no breach, so it never reads "verstreken".
 */
export type DeadlineState = "overdue" | "target_passed" | "met" | "open";

export function deadlineState(deadline: TrackedDeadline): DeadlineState {
  if (deadline.metOn !== undefined) return "met";
  if (deadline.overdue) return deadline.kind === "target" ? "target_passed" : "overdue";
  return "open";
}
